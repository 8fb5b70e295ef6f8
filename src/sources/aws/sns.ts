/** SNS: topics with their encryption and access policy. */
import { GetTopicAttributesCommand, SNSClient, paginateListTopics } from "@aws-sdk/client-sns";
import { allPages, type Collector } from "./collector.ts";
import { liveRecord } from "./record.ts";

export const TOPIC = "AWS::SNS::Topic";

/** Attributes carry the key and the policy: a failed call leaves all of these unknown. */
export const ATTRIBUTE_FED = [
  "encryption.enabled",
  "encryption.customer_managed_key",
  "encryption.key_id",
  "public_access",
  "policy",
];

export const sns: Collector = {
  service: "sns",
  global: false,
  calls: {
    ListTopics: { action: "sns:ListTopics" },
    GetTopicAttributes: { action: "sns:GetTopicAttributes", feeds: { [TOPIC]: ATTRIBUTE_FED } },
  },
  async collect(ctx) {
    const client = ctx.client(SNSClient);
    const topics = await ctx.call("ListTopics", () =>
      allPages(paginateListTopics({ client }, {}), (p) => p.Topics),
    );
    if (!topics.ok) return;
    await Promise.all(
      (topics.value ?? []).map(async (t) => {
        if (!t.TopicArn) return;
        const TopicArn = t.TopicArn;
        const r = liveRecord<Record<string, unknown>>({
          native_type: TOPIC,
          arn: TopicArn,
          name: TopicArn.split(":").pop() ?? TopicArn,
          account: ctx.account,
          region: ctx.region,
          data: { TopicArn },
        });
        const attrs = await ctx.call(
          "GetTopicAttributes",
          () => client.send(new GetTopicAttributesCommand({ TopicArn })),
          {
            record: r,
          },
        );
        if (attrs.ok) r.data["Attributes"] = attrs.value?.Attributes ?? {};
        ctx.emit(r);
      }),
    );
  },
};
