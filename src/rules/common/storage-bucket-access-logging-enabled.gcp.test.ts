import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { ruleTester, runCase } from "../testing/tester.ts";
import { storageBucketAccessLoggingEnabled } from "./storage-bucket-access-logging-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: usage logs come from the bucket's logging block.
ruleTester(storageBucketAccessLoggingEnabled, {
  fail: [
    {
      name: "bucket without a logging block",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
`,
      line: 1,
      path: "logging.enabled",
    },
  ],
  pass: [
    {
      name: "usage logs written to another bucket",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}

resource "google_storage_bucket" "access_logs" {
  name                        = "orion-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket = "orion-audit-archive"
  }
}
`,
    },
  ],
});

describe("storage-bucket-access-logging-enabled on an invalid GCP logging block", () => {
  it("is undetermined, not failed, when the logging block lacks its required log_bucket", async () => {
    const out = await runCase(storageBucketAccessLoggingEnabled, {
      name: "logging block without log_bucket",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name     = "orion-reports"
  location = "EU"

  logging {
    log_object_prefix = "reports/"
  }
}
`,
    });
    const results = out.results.filter((r) => r.rule.id === storageBucketAccessLoggingEnabled.id);
    assert.equal(results.length, 1);
    assert.equal(results[0]?.status, "skip");
    assert.equal(results[0]?.unknown, true);
  });
});
