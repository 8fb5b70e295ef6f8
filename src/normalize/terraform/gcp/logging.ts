/** Log sinks → `log_sink`, log buckets → `log_group`. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown } from "../../../model/value.ts";
import { asBool, asNumber, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";

function normalizeSink(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "log_sink" });
  const filter = record.attrs["filter"];
  const exclusions = blocks(record.attrs, "exclusions").filter((e) => e["disabled"] !== true);
  if (isUnknown(filter)) b.set("all_entries", filter, { attr: "filter" });
  else if (typeof filter === "string" && filter.trim() !== "")
    b.set("all_entries", false, { attr: "filter" });
  else if (exclusions.length > 0) b.set("all_entries", false, { attr: "exclusions" });
  else b.set("all_entries", true);
  b.fromAttr("destination", "destination", null);
  return b.build();
}

function normalizeLogBucket(record: RawRecord) {
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "log_group",
    name: String(record.attrs["bucket_id"] ?? record.name),
  });
  // Log buckets keep entries 30 days unless retention_days says otherwise.
  b.fromAttr("retention_days", "retention_days", 30, (v) => asNumber(v, 30));
  b.fromAttr("locked", "locked", false, (v) => asBool(v, false));
  b.set("encryption.enabled", true);
  const kms = block(record.attrs, "cmek_settings")?.["kms_key_name"];
  b.set(
    "encryption.customer_managed_key",
    kms !== undefined && kms !== null && kms !== "",
    kms !== undefined ? { attr: "cmek_settings.0.kms_key_name" } : undefined,
  );
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: [
      "google_logging_project_sink",
      "google_logging_folder_sink",
      "google_logging_organization_sink",
      "google_logging_billing_account_sink",
    ],
    normalize: normalizeSink,
  },
  {
    native_types: [
      "google_logging_project_bucket_config",
      "google_logging_folder_bucket_config",
      "google_logging_organization_bucket_config",
      "google_logging_billing_account_bucket_config",
    ],
    normalize: normalizeLogBucket,
  },
];
