/** Live SNS topics → `topic`, SQS queues → `queue`: encryption and access policy from their attributes. */
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { parseDocument, policyIsPublic } from "./policy.ts";
import { field, liveResource } from "./resource.ts";

function messaging(rec: LiveRecord, keys: KeyIndex, type: "topic" | "queue"): Resource {
  const a = field<Record<string, string>>(rec, "Attributes") ?? {};
  const keyId = a["KmsMasterKeyId"] || null;
  const policy = parseDocument(a["Policy"]);
  return liveResource(rec, type, {
    encryption: {
      // SQS-managed SSE (on by default for new queues) encrypts without a KMS key.
      enabled: keyId !== null || a["SqsManagedSseEnabled"] === "true",
      customer_managed_key: keys.customerManaged(keyId),
      key_id: keyId,
    },
    public_access: policyIsPublic(policy),
    policy,
  });
}

export const normalizeTopic = (rec: LiveRecord, keys: KeyIndex): Resource => messaging(rec, keys, "topic");
export const normalizeQueue = (rec: LiveRecord, keys: KeyIndex): Resource => messaging(rec, keys, "queue");
