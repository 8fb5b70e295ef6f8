/**
 * CloudTrail trails as `audit_log`. The trail also carries what is monitored on its CloudWatch
 * log group (metric filters with alarms, CIS section 4) and links to the bucket it writes to,
 * so rules about the log bucket can find it.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Unknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { baseAddress } from "../join.ts";
import { eventsMatched } from "./cis-monitoring.ts";
import { referenced, refsIn, uidOf } from "./references.ts";

function normalizeTrail(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "audit_log" });
  // Defaults: logging on, single-region, no log file validation, SSE-S3 encryption.
  b.fromAttr("enabled", "enable_logging", true, (v) => asBool(v, true));
  b.fromAttr("multi_region", "is_multi_region_trail", false, (v) => asBool(v, false));
  b.fromAttr("log_file_validation", "enable_log_file_validation", false, (v) => asBool(v, false));
  b.set("encryption.enabled", true);
  // Set at all, even to a value computed at apply time (a key or log group ARN), is what counts.
  b.set("encryption.customer_managed_key", isSet(record.attrs["kms_key_id"]), { attr: "kms_key_id" });
  b.set(
    "encryption.key_id",
    record.attrs["kms_key_id"] ?? null,
    record.attrs["kms_key_id"] !== undefined ? { attr: "kms_key_id" } : undefined,
  );
  // Set at all, even to a value computed at apply time (a key or log group ARN), is what counts.
  b.set("cloudwatch_logs", isSet(record.attrs["cloud_watch_logs_group_arn"]), {
    attr: "cloud_watch_logs_group_arn",
  });

  const bucketName = record.attrs["s3_bucket_name"];
  b.set("storage_bucket", bucketName ?? null, { attr: "s3_bucket_name" });
  for (const bucket of referenced(ctx.index, record, bucketName, ["aws_s3_bucket"], ["bucket"])) {
    b.link("writes_to", uidOf(bucket));
  }

  const selectors = blocks(record.attrs, "event_selector");
  const advanced = blocks(record.attrs, "advanced_event_selector");
  // Management events are recorded unless every basic selector excludes them.
  b.set(
    "management_events",
    selectors.length === 0
      ? advanced.length === 0 || advanced.some(isManagementSelector)
      : anyTrue(selectors.map((s) => asBool(s["include_management_events"], true))),
    selectors.length ? { attr: "event_selector" } : undefined,
  );
  const data = s3DataEvents(selectors, advanced);
  const dataFrom = selectors.length
    ? { attr: "event_selector" }
    : advanced.length
      ? { attr: "advanced_event_selector" }
      : undefined;
  b.set("s3_data_events.read", data.read, dataFrom);
  b.set("s3_data_events.write", data.write, dataFrom);

  b.set("monitored_events", monitoredEvents(record, ctx), { attr: "cloud_watch_logs_group_arn" });
  return b.build();
}

function anyTrue(xs: Value[]): Value {
  if (xs.some((x) => x === true)) return true;
  return xs.find(isUnknown) ?? false;
}

function isManagementSelector(sel: Record<string, Value>): boolean {
  return blocks(sel, "field_selector").some(
    (f) => f["field"] === "eventCategory" && Array.isArray(f["equals"]) && f["equals"].includes("Management"),
  );
}

/** Object-level S3 events: a basic data_resource of type AWS::S3::Object, or an advanced selector. */
function s3DataEvents(
  selectors: Record<string, Value>[],
  advanced: Record<string, Value>[],
): { read: Value; write: Value } {
  let read: Value = false;
  let write: Value = false;
  for (const sel of selectors) {
    const rw = sel["read_write_type"] ?? "All";
    for (const dr of blocks(sel, "data_resource")) {
      const type = dr["type"];
      if (isUnknown(type) || isUnknown(rw)) {
        const u = isUnknown(type) ? type : (rw as Unknown);
        if (read !== true) read = u;
        if (write !== true) write = u;
        continue;
      }
      if (type !== "AWS::S3::Object") continue;
      if (rw === "All" || rw === "ReadOnly") read = true;
      if (rw === "All" || rw === "WriteOnly") write = true;
    }
  }
  for (const sel of advanced) {
    const fields = blocks(sel, "field_selector");
    const eq = (name: string): Value[] | undefined => {
      const f = fields.find((x) => x["field"] === name);
      const v = f?.["equals"];
      return Array.isArray(v) ? v : undefined;
    };
    if (!eq("eventCategory")?.includes("Data") || !eq("resources.type")?.includes("AWS::S3::Object"))
      continue;
    const ro = eq("readOnly");
    if (!ro || ro.includes("true")) read = true;
    if (!ro || ro.includes("false")) write = true;
  }
  return { read, write };
}

/** CIS events matched by a metric filter on the trail's log group that an alarm watches. */
function monitoredEvents(trail: RawRecord, ctx: NormalizeContext): Value {
  const arn = trail.attrs["cloud_watch_logs_group_arn"];
  if (arn === undefined || arn === null) return [];
  const groups = referenced(ctx.index, trail, arn, ["aws_cloudwatch_log_group"]);
  const names = new Set<string>();
  for (const g of groups) if (typeof g.attrs["name"] === "string") names.add(g.attrs["name"]);
  if (typeof arn === "string") {
    const m = /:log-group:([^:]+)/.exec(arn);
    if (m?.[1]) names.add(m[1]);
  }
  const groupAddrs = new Set(groups.map((g) => baseAddress(g.address)));
  if (groupAddrs.size === 0 && names.size === 0) return unknown("the trail's log group is not defined here");
  const filters = ctx.index.ofType("aws_cloudwatch_log_metric_filter").filter((f) => {
    if (f.module !== trail.module) return false;
    const lg = f.attrs["log_group_name"];
    return (
      (typeof lg === "string" && names.has(lg)) || refsIn(lg).some((r) => groupAddrs.has(baseAddress(r)))
    );
  });
  const alarms = ctx.index.ofType("aws_cloudwatch_metric_alarm").filter((a) => a.module === trail.module);
  const out = new Set<string>();
  let undecided: Unknown | undefined;
  for (const f of filters) {
    const pattern = f.attrs["pattern"];
    if (isUnknown(pattern)) {
      undecided = pattern;
      continue;
    }
    if (typeof pattern !== "string") continue;
    const metric = block(f.attrs, "metric_transformation")?.["name"];
    const watched = alarms.some((a) => {
      const m = a.attrs["metric_name"];
      return (
        (typeof m === "string" && m === metric) ||
        refsIn(m).some((r) => baseAddress(r) === baseAddress(f.address))
      );
    });
    if (watched) eventsMatched(pattern).forEach((e) => out.add(e));
  }
  if (undecided && out.size === 0) return undecided;
  return [...out].sort();
}

export const normalizers: Normalizer[] = [{ native_types: ["aws_cloudtrail"], normalize: normalizeTrail }];

/** The attribute is written (a reference to a resource counts, though its value is computed). */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "";
}
