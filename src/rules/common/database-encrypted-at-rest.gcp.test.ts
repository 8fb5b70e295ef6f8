import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";

// Cloud SQL encrypts every instance at rest with Google-managed keys and that cannot be turned off, so the cross-cloud rule only passes on GCP.
describe("database-encrypted-at-rest on GCP Terraform", () => {
  it("passes: instance with Google-managed keys", async () => {
    const out = await runCase(databaseEncryptedAtRest, {
      name: "instance with Google-managed keys",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === databaseEncryptedAtRest.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
