import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { diskEncrypted } from "./disk-encrypted.ts";

// Every Compute Engine persistent disk is encrypted at rest with Google-managed keys and that cannot be turned off, so the cross-cloud rule only passes on GCP; customer keys are judged by gcp-compute-disk-encrypted-with-customer-key.
describe("disk-encrypted on GCP Terraform", () => {
  it("passes: disk with Google-managed keys", async () => {
    const out = await runCase(diskEncrypted, {
      name: "disk with Google-managed keys",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "orion-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === diskEncrypted.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
  it("passes: disk with a Cloud KMS key", async () => {
    const out = await runCase(diskEncrypted, {
      name: "disk with a Cloud KMS key",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "orion-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = "projects/orion-prod/locations/europe-west1/keyRings/disks/cryptoKeys/data"
  }
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === diskEncrypted.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
