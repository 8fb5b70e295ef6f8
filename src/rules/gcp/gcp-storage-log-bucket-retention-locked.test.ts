import { ruleTester } from "../testing/tester.ts";
import { gcpStorageLogBucketRetentionLocked } from "./gcp-storage-log-bucket-retention-locked.ts";

ruleTester(gcpStorageLogBucketRetentionLocked, {
  fail: [
    {
      name: "sink bucket without retention policy",
      format: "terraform",
      files: `resource "google_storage_bucket" "audit" {
  name     = "acme-audit-logs"
  location = "EU"
}

resource "google_logging_project_sink" "all" {
  name        = "all-logs"
  destination = "storage.googleapis.com/\${google_storage_bucket.audit.name}"
}
`,
      path: "retention.locked",
    },
    {
      name: "retention policy not locked",
      format: "terraform",
      files: `resource "google_storage_bucket" "audit" {
  name     = "acme-audit-logs"
  location = "EU"
  retention_policy {
    retention_period = 2592000
    is_locked        = false
  }
}

resource "google_logging_project_sink" "all" {
  name        = "all-logs"
  destination = "storage.googleapis.com/acme-audit-logs"
}
`,
      line: 6,
    },
  ],
  pass: [
    {
      name: "locked retention on the sink bucket",
      format: "terraform",
      files: `resource "google_storage_bucket" "audit" {
  name     = "acme-audit-logs"
  location = "EU"
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "all" {
  name        = "all-logs"
  destination = "storage.googleapis.com/\${google_storage_bucket.audit.name}"
}
`,
    },
  ],
});
