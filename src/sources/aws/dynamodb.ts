/** DynamoDB: tables with their encryption and point-in-time recovery. */
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  paginateListTables,
} from "@aws-sdk/client-dynamodb";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const TABLE = "AWS::DynamoDB::Table";

export const dynamodb: Collector = {
  service: "dynamodb",
  global: false,
  calls: {
    ListTables: { action: "dynamodb:ListTables" },
    DescribeTable: {
      action: "dynamodb:DescribeTable",
      feeds: { [TABLE]: ["encryption.enabled", "encryption.customer_managed_key", "encryption.key_id"] },
    },
    DescribeContinuousBackups: {
      action: "dynamodb:DescribeContinuousBackups",
      feeds: { [TABLE]: ["point_in_time_recovery.enabled"] },
    },
  },
  async collect(ctx) {
    const client = ctx.client(DynamoDBClient);
    const names = await ctx.call("ListTables", () =>
      allPages(paginateListTables({ client }, {}), (p) => p.TableNames),
    );
    if (!names.ok) return;
    await Promise.all(
      (names.value ?? []).map(async (TableName) => {
        const r = liveRecord<Record<string, unknown>>({
          native_type: TABLE,
          arn: `arn:${ctx.partition}:dynamodb:${ctx.region}:${ctx.account}:table/${TableName}`,
          name: TableName,
          account: ctx.account,
          region: ctx.region,
          data: { TableName },
        });
        const [table, backups] = await Promise.all([
          ctx.call("DescribeTable", () => client.send(new DescribeTableCommand({ TableName })), {
            record: r,
          }),
          ctx.call(
            "DescribeContinuousBackups",
            () => client.send(new DescribeContinuousBackupsCommand({ TableName })),
            {
              record: r,
            },
          ),
        ]);
        if (table.ok) r.data["Table"] = table.value?.Table ?? null;
        if (backups.ok) r.data["ContinuousBackups"] = backups.value?.ContinuousBackupsDescription ?? null;
        ctx.emit(r);
      }),
    );
  },
};
