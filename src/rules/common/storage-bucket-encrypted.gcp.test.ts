import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { storageBucketEncrypted } from "./storage-bucket-encrypted.ts";

// Cloud Storage encrypts every object at rest with Google-managed keys and that cannot be turned off, so the cross-cloud rule only passes on GCP; customer-managed keys are judged by gcp-storage-bucket-encrypted-with-cmek.
describe("storage-bucket-encrypted on GCP Terraform", () => {
  it("passes: bucket with Google-managed keys", async () => {
    const out = await runCase(storageBucketEncrypted, {
      name: "bucket with Google-managed keys",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === storageBucketEncrypted.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
  it("passes: bucket with a Cloud KMS key", async () => {
    const out = await runCase(storageBucketEncrypted, {
      name: "bucket with a Cloud KMS key",
      format: "terraform",
      files: `resource "google_storage_bucket" "reports" {
  name                        = "orion-reports"
  location                    = "EU"
  uniform_bucket_level_access = true

  encryption {
    default_kms_key_name = "projects/orion-prod/locations/europe/keyRings/data/cryptoKeys/reports"
  }
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === storageBucketEncrypted.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
