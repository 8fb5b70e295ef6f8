/** SQS: queues with their encryption and access policy. */
import { GetQueueAttributesCommand, SQSClient, paginateListQueues } from "@aws-sdk/client-sqs";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";
import { ATTRIBUTE_FED } from "./sns.ts";

export const QUEUE = "AWS::SQS::Queue";

export const sqs: Collector = {
  service: "sqs",
  global: false,
  calls: {
    ListQueues: { action: "sqs:ListQueues" },
    GetQueueAttributes: { action: "sqs:GetQueueAttributes", feeds: { [QUEUE]: ATTRIBUTE_FED } },
  },
  async collect(ctx) {
    const client = ctx.client(SQSClient);
    const urls = await ctx.call("ListQueues", () =>
      allPages(paginateListQueues({ client }, {}), (p) => p.QueueUrls),
    );
    if (!urls.ok) return;
    await Promise.all(
      (urls.value ?? []).map(async (QueueUrl) => {
        const name = QueueUrl.split("/").pop() ?? QueueUrl;
        const r = liveRecord<Record<string, unknown>>({
          native_type: QUEUE,
          arn: `arn:${ctx.partition}:sqs:${ctx.region}:${ctx.account}:${name}`,
          name,
          account: ctx.account,
          region: ctx.region,
          data: { QueueUrl },
        });
        const attrs = await ctx.call(
          "GetQueueAttributes",
          () => client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ["All"] })),
          { record: r },
        );
        if (attrs.ok) {
          r.data["Attributes"] = attrs.value?.Attributes ?? {};
          const arn = attrs.value?.Attributes?.["QueueArn"];
          if (arn) r.arn = arn;
        }
        ctx.emit(r);
      }),
    );
  },
};
