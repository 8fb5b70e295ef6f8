/** SQS queues → `queue`, with the queue policy joined. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asBool, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { customerManagedKey, isSet } from "./references.ts";
import { orphanPolicy, resourcePolicy } from "./resource-policy.ts";

function normalizeQueue(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "queue" });
  const key = record.attrs["kms_master_key_id"];
  if (isSet(key)) {
    b.set("encryption.enabled", true, { attr: "kms_master_key_id" });
    b.set("encryption.customer_managed_key", customerManagedKey(ctx.index, record, key), {
      attr: "kms_master_key_id",
    });
  } else {
    // New queues get SSE-SQS (service-owned keys) unless sqs_managed_sse_enabled = false.
    b.fromAttr("encryption.enabled", "sqs_managed_sse_enabled", true, (v) => asBool(v));
    b.set("encryption.customer_managed_key", false);
  }
  resourcePolicy(b, record, ctx, "policy", {
    type: "aws_sqs_queue_policy",
    via: "queue_url",
    keys: ["url", "id"],
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_sqs_queue"], normalize: normalizeQueue },
  orphanPolicy({
    policyType: "aws_sqs_queue_policy",
    via: "queue_url",
    primaryTypes: ["aws_sqs_queue"],
    keys: ["url", "id"],
    type: "queue",
  }),
];
