import { skip, type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpStorageLogBucketRetentionLocked: Rule = {
  id: "gcp-storage-log-bucket-retention-locked",
  title: "Buckets that receive exported logs have a locked retention policy",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Exported audit logs are the evidence of an intrusion. Without a locked retention policy, anyone who gains write access to the bucket, including the intruder, can delete them; a locked policy cannot be removed or shortened.",
  remediation: {
    text: "Add a `retention_policy` with `is_locked = true` to the bucket a log sink writes to (locking is irreversible: choose the period first).",
    code: {
      terraform: `resource "google_storage_bucket" "audit_logs" {
  name     = "acme-audit-logs"
  location = "EU"
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://cloud.google.com/storage/docs/bucket-lock",
    "https://cloud.google.com/logging/docs/export/configure_export_v2",
  ],
  check(resource) {
    const receives = resource.config["receives_logs"];
    if (receives !== true) return skip("no log sink in this configuration writes to the bucket");
    return expectSetting(
      resource,
      "retention.locked",
      isTrue,
      `Bucket ${resource.name} receives exported logs but its retention policy is not locked`,
    );
  },
};
