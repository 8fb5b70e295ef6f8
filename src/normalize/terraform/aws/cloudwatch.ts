/** CloudWatch log groups. Metric filters and alarms are read by the CloudTrail normalizer. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { asNumber, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";

function logGroup(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "log_group" });
  // retention_in_days 0 or absent: events never expire.
  b.fromAttr("retention_days", "retention_in_days", null, (v) => (v === 0 || v === "0" ? null : asNumber(v)));
  // Log groups are always encrypted by CloudWatch Logs; kms_key_id adds a customer-managed key.
  b.set("encryption.enabled", true);
  const key = record.attrs["kms_key_id"];
  // Set at all, even to a value computed at apply time (a key or log group ARN), is what counts.
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  b.set("encryption.key_id", key ?? null, key !== undefined ? { attr: "kms_key_id" } : undefined);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_cloudwatch_log_group"], normalize: logGroup },
  {
    native_types: [],
    companions: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm"],
    normalize: () => null,
  },
];

/** The attribute is written (a reference to a resource counts, though its value is computed). */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "";
}
