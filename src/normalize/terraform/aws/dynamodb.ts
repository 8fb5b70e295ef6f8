/** DynamoDB tables → `nosql_table`. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { asBool, block, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { isSet } from "./references.ts";

function normalizeTable(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "nosql_table" });
  // Tables are always encrypted at rest, with an AWS-owned key unless server_side_encryption is
  // enabled (then the AWS-managed aws/dynamodb key, or the customer key in kms_key_arn).
  b.set("encryption.enabled", true);
  const sseBlock = block(record.attrs, "server_side_encryption");
  const sse = asBool(sseBlock?.["enabled"], false);
  const key = sseBlock?.["kms_key_arn"];
  const cmk = isUnknown(sse) ? sse : sse === true && isSet(key);
  b.set("encryption.customer_managed_key", cmk, { attr: "server_side_encryption" });
  b.fromAttr("point_in_time_recovery.enabled", "point_in_time_recovery.0.enabled", false, (v) => asBool(v));
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_dynamodb_table"], normalize: normalizeTable },
];
