/** SNS topics → `topic`, with the topic policy joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { customerManagedKey, isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

function normalizeTopic(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "topic" });
  // Topics are not encrypted at rest unless a KMS key is given.
  const key = record.attrs["kms_master_key_id"];
  const at = { attr: "kms_master_key_id" };
  b.set("encryption.enabled", isUnknown(key) ? key : isSet(key), at);
  b.set("encryption.customer_managed_key", customerManagedKey(ctx.index, record, key), at);
  resourcePolicy(b, record, ctx, "policy", { type: "aws_sns_topic_policy", via: "arn", keys: ["arn"] });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_sns_topic"], normalize: normalizeTopic },
  orphanPolicy({
    policyType: "aws_sns_topic_policy",
    via: "arn",
    primaryTypes: ["aws_sns_topic"],
    keys: ["arn"],
    type: "topic",
  }),
];
