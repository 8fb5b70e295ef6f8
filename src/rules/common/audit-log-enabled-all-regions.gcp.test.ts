import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { runCase } from "../testing/tester.ts";
import { auditLogEnabledAllRegions } from "./audit-log-enabled-all-regions.ts";

// Cloud Audit Logs write Admin Activity logs for every project in every region and they cannot be turned off, so the cross-cloud rule only passes on GCP; Data Access coverage is judged by gcp-logging-audit-config-covers-all-services.
describe("audit-log-enabled-all-regions on GCP Terraform", () => {
  it("passes: Data Access logs for all services", async () => {
    const out = await runCase(auditLogEnabledAllRegions, {
      name: "Data Access logs for all services",
      format: "terraform",
      files: `resource "google_project_iam_audit_config" "all" {
  project = "orion-prod"
  service = "allServices"

  audit_log_config {
    log_type = "DATA_READ"
  }
}
`,
    });
    assert.deepEqual(out.report.errors, []);
    const results = out.results.filter(
      (r) => r.rule.id === auditLogEnabledAllRegions.id && r.resource.provider === "gcp",
    );
    assert.ok(results.length > 0, "the rule judges the GCP resource");
    assert.ok(
      results.every((r) => r.status === "pass"),
      results.map((r) => `${r.status} ${r.reason ?? ""}`).join(","),
    );
  });
});
