/** Live CloudTrail trails → `audit_log`. */
import type { AdvancedEventSelector, EventSelector, Trail } from "@aws-sdk/client-cloudtrail";
import type { Resource } from "../../model/resource.ts";
import { unknown } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { dataAs, liveResource } from "./resource.ts";

type TrailData = Trail & {
  IsLogging?: boolean;
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: AdvancedEventSelector[];
};

export function normalizeTrail(rec: LiveRecord): Resource {
  const t = dataAs<TrailData>(rec);
  const basic = t.EventSelectors ?? [];
  const advanced = t.AdvancedEventSelectors ?? [];
  const field = (s: AdvancedEventSelector, name: string) => s.FieldSelectors?.find((f) => f.Field === name);
  // Management events are recorded unless every selector leaves them out.
  const management =
    basic.length === 0 && advanced.length === 0
      ? true
      : basic.some((s) => s.IncludeManagementEvents !== false) ||
        advanced.some((s) => field(s, "eventCategory")?.Equals?.includes("Management") === true);
  let read = false;
  let write = false;
  for (const s of basic) {
    if (!(s.DataResources ?? []).some((d) => d.Type === "AWS::S3::Object")) continue;
    const rw = s.ReadWriteType ?? "All";
    read ||= rw === "All" || rw === "ReadOnly";
    write ||= rw === "All" || rw === "WriteOnly";
  }
  for (const s of advanced) {
    if (field(s, "eventCategory")?.Equals?.includes("Data") !== true) continue;
    if (field(s, "resources.type")?.Equals?.includes("AWS::S3::Object") !== true) continue;
    const ro = field(s, "readOnly")?.Equals;
    read ||= !ro || ro.includes("true");
    write ||= !ro || ro.includes("false");
  }
  const r = liveResource(rec, "audit_log", {
    enabled: t.IsLogging === true,
    multi_region: t.IsMultiRegionTrail === true,
    log_file_validation: t.LogFileValidationEnabled === true,
    // Log files are encrypted with SSE-S3 at least; a KMS key is always the customer's.
    encryption: { enabled: true, customer_managed_key: !!t.KmsKeyId, key_id: t.KmsKeyId ?? null },
    management_events: management,
    cloudwatch_logs: !!t.CloudWatchLogsLogGroupArn,
    storage_bucket: t.S3BucketName ?? null,
    s3_data_events: { read, write },
    monitored_events: unknown("CloudWatch Logs metric filters and alarms are not collected"),
  });
  if (t.S3BucketName) {
    const partition = rec.arn.split(":")[1] ?? "aws";
    r.links = [{ kind: "writes_to", target: `arn:${partition}:s3:::${t.S3BucketName}` }];
  }
  return r;
}
