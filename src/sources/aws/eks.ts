/** EKS: clusters with their endpoint access, secrets encryption and control plane logging. */
import { DescribeClusterCommand, EKSClient, paginateListClusters } from "@aws-sdk/client-eks";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const CLUSTER = "AWS::EKS::Cluster";

export const eks: Collector = {
  service: "eks",
  global: false,
  calls: {
    ListClusters: { action: "eks:ListClusters" },
    DescribeCluster: { action: "eks:DescribeCluster" },
  },
  async collect(ctx) {
    const client = ctx.client(EKSClient);
    const names = await ctx.call("ListClusters", () =>
      allPages(paginateListClusters({ client }, {}), (p) => p.clusters),
    );
    if (!names.ok) return;
    await Promise.all(
      (names.value ?? []).map(async (name) => {
        const c = await ctx.call("DescribeCluster", () => client.send(new DescribeClusterCommand({ name })));
        const cluster = c.ok ? c.value?.cluster : undefined;
        if (!cluster?.arn) return;
        ctx.emit(
          liveRecord({
            native_type: CLUSTER,
            arn: cluster.arn,
            name,
            account: ctx.account,
            region: ctx.region,
            data: { ...cluster },
            tags: cluster.tags ?? {},
          }),
        );
      }),
    );
  },
};
