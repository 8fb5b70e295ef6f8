import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { snapshotNotSharedWithExternalAccounts } from "./snapshot-not-shared-with-external-accounts.ts";

// Compute Engine snapshots have no list of accounts they are shared with: they are shared through IAM grants, which disk-snapshot-not-public judges for allUsers / allAuthenticatedUsers; so this rule only passes on GCP.
describe("snapshot-not-shared-with-external-accounts on GCP Terraform", () => {
  it("passes: snapshot without grants", async () => {
    const out = await runCase(snapshotNotSharedWithExternalAccounts, {
      name: "snapshot without grants",
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
      (r) => r.rule.id === snapshotNotSharedWithExternalAccounts.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
