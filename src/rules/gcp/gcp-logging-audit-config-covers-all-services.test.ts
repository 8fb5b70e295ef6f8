import { ruleTester } from "../testing/tester.ts";
import { gcpLoggingAuditConfigCoversAllServices } from "./gcp-logging-audit-config-covers-all-services.ts";

ruleTester(gcpLoggingAuditConfigCoversAllServices, {
  fail: [
    {
      name: "one service, exempted member",
      format: "terraform",
      files: `resource "google_project_iam_audit_config" "storage" {
  project = "orion-prod"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
    exempted_members = ["user:ops@orion.example"]
  }
}
`,
      line: 3,
      path: "all_services",
    },
    {
      name: "all services but DATA_WRITE missing",
      format: "terraform",
      files: `resource "google_project_iam_audit_config" "all" {
  project = "orion-prod"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
}
`,
      message: "DATA_WRITE",
    },
  ],
  pass: [
    {
      name: "complete",
      format: "terraform",
      files: `resource "google_project_iam_audit_config" "all" {
  project = "orion-prod"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
`,
    },
  ],
});
