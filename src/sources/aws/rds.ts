/** RDS: DB instances, Aurora clusters, and their manual snapshots with who may restore them. */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  RDSClient,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSnapshots,
} from "@aws-sdk/client-rds";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord, tagMap } from "./record.ts";

export const DB_INSTANCE = "AWS::RDS::DBInstance";
export const DB_CLUSTER = "AWS::RDS::DBCluster";
export const DB_SNAPSHOT = "AWS::RDS::DBSnapshot";
export const DB_CLUSTER_SNAPSHOT = "AWS::RDS::DBClusterSnapshot";

const SHARING = ["public", "shared_with"];

export const rds: Collector = {
  service: "rds",
  global: false,
  calls: {
    DescribeDBInstances: { action: "rds:DescribeDBInstances" },
    DescribeDBClusters: { action: "rds:DescribeDBClusters" },
    DescribeDBSnapshots: { action: "rds:DescribeDBSnapshots" },
    DescribeDBClusterSnapshots: { action: "rds:DescribeDBClusterSnapshots" },
    DescribeDBSnapshotAttributes: {
      action: "rds:DescribeDBSnapshotAttributes",
      feeds: { [DB_SNAPSHOT]: SHARING },
    },
    DescribeDBClusterSnapshotAttributes: {
      action: "rds:DescribeDBClusterSnapshotAttributes",
      feeds: { [DB_CLUSTER_SNAPSHOT]: SHARING },
    },
  },

  async collect(ctx) {
    const client = ctx.client(RDSClient);
    const emit = (
      native_type: string,
      arn: string | undefined,
      name: string | undefined,
      data: object,
      tags?: { Key?: string; Value?: string }[],
    ) => {
      if (!arn || !name) return undefined;
      const r = liveRecord({
        native_type,
        arn,
        name,
        account: ctx.account,
        region: ctx.region,
        data: data as Record<string, unknown>,
        tags: tagMap(tags),
      });
      return r;
    };
    const [instances, clusters, snapshots, clusterSnapshots] = await Promise.all([
      ctx.call("DescribeDBInstances", () =>
        allPages(paginateDescribeDBInstances({ client }, {}), (p) => p.DBInstances),
      ),
      ctx.call("DescribeDBClusters", () =>
        allPages(paginateDescribeDBClusters({ client }, {}), (p) => p.DBClusters),
      ),
      ctx.call("DescribeDBSnapshots", () =>
        allPages(paginateDescribeDBSnapshots({ client }, { SnapshotType: "manual" }), (p) => p.DBSnapshots),
      ),
      ctx.call("DescribeDBClusterSnapshots", () =>
        allPages(
          paginateDescribeDBClusterSnapshots({ client }, { SnapshotType: "manual" }),
          (p) => p.DBClusterSnapshots,
        ),
      ),
    ]);
    for (const i of instances.ok ? (instances.value ?? []) : []) {
      const r = emit(DB_INSTANCE, i.DBInstanceArn, i.DBInstanceIdentifier, i, i.TagList);
      if (r) ctx.emit(r);
    }
    for (const c of clusters.ok ? (clusters.value ?? []) : []) {
      const r = emit(DB_CLUSTER, c.DBClusterArn, c.DBClusterIdentifier, c, c.TagList);
      if (r) ctx.emit(r);
    }
    await Promise.all([
      ...(snapshots.ok ? (snapshots.value ?? []) : []).map(async (s) => {
        const r = emit(DB_SNAPSHOT, s.DBSnapshotArn, s.DBSnapshotIdentifier, s, s.TagList);
        if (!r) return;
        const attrs = await ctx.call(
          "DescribeDBSnapshotAttributes",
          () =>
            client.send(
              new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier }),
            ),
          { record: r },
        );
        if (attrs.ok)
          r.data["RestoreAccounts"] = restoreValues(
            attrs.value?.DBSnapshotAttributesResult?.DBSnapshotAttributes,
          );
        ctx.emit(r);
      }),
      ...(clusterSnapshots.ok ? (clusterSnapshots.value ?? []) : []).map(async (s) => {
        const r = emit(
          DB_CLUSTER_SNAPSHOT,
          s.DBClusterSnapshotArn,
          s.DBClusterSnapshotIdentifier,
          s,
          s.TagList,
        );
        if (!r) return;
        const attrs = await ctx.call(
          "DescribeDBClusterSnapshotAttributes",
          () =>
            client.send(
              new DescribeDBClusterSnapshotAttributesCommand({
                DBClusterSnapshotIdentifier: s.DBClusterSnapshotIdentifier,
              }),
            ),
          { record: r },
        );
        if (attrs.ok)
          r.data["RestoreAccounts"] = restoreValues(
            attrs.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
          );
        ctx.emit(r);
      }),
    ]);
  },
};

/** The `restore` attribute lists account ids, or `all` when the snapshot is public. */
function restoreValues(
  attrs: { AttributeName?: string; AttributeValues?: string[] }[] | undefined,
): string[] {
  return (attrs ?? []).filter((a) => a.AttributeName === "restore").flatMap((a) => a.AttributeValues ?? []);
}
