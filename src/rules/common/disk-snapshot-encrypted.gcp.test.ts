import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { diskSnapshotEncrypted } from "./disk-snapshot-encrypted.ts";

// Compute Engine snapshots are always encrypted at rest (with the source disk's key or Google-managed keys), so the cross-cloud rule only passes on GCP.
describe("disk-snapshot-encrypted on GCP Terraform", () => {
  it("passes: snapshot with Google-managed keys", async () => {
    const out = await runCase(diskSnapshotEncrypted, {
      name: "snapshot with Google-managed keys",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "orion-data"
  zone = "europe-west1-b"
  size = 200
}

resource "google_compute_snapshot" "nightly" {
  name        = "orion-data-nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === diskSnapshotEncrypted.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
