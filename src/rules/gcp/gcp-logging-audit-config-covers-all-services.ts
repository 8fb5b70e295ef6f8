import { failAll, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpLoggingAuditConfigCoversAllServices: Rule = {
  id: "gcp-logging-audit-config-covers-all-services",
  title: "Data Access audit logs are configured for all services and all users",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["audit_log"],
  rationale:
    "Admin Activity logs are always on, but reads and writes of data are logged only when Data Access audit logs are configured. Covering allServices with ADMIN_READ, DATA_READ and DATA_WRITE and exempting no one is what lets an investigation see who read which data.",
  remediation: {
    text: "Declare a `google_project_iam_audit_config` for `allServices` with ADMIN_READ, DATA_READ and DATA_WRITE log configs and no `exempted_members`.",
    code: {
      terraform: `resource "google_project_iam_audit_config" "all" {
  project = var.project_id
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
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/logging/docs/audit/configure-data-access"],
  check(resource) {
    const all = resource.config["all_services"];
    const types = resource.config["log_types"];
    const exempted = resource.config["exempted_members"];
    if (all === undefined || types === undefined)
      return skip("audit configuration is not expressed by this source");
    if (isUnknown(all)) return undetermined(`service: ${all.reason}`);
    if (isUnknown(types)) return undetermined(`log types: ${types.reason}`);
    const failures = [];
    if (all !== true)
      failures.push({
        message: `Audit config ${resource.name} covers one service, not allServices`,
        path: "all_services",
      });
    const missing = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"].filter(
      (t) => !(Array.isArray(types) && types.includes(t)),
    );
    if (missing.length > 0)
      failures.push({
        message: `Audit config ${resource.name} does not log ${missing.join(", ")}`,
        path: "log_types",
      });
    if (isUnknown(exempted)) {
      if (failures.length === 0) return undetermined(`exempted members: ${exempted.reason}`);
    } else if (Array.isArray(exempted) && exempted.length > 0)
      failures.push({
        message: `Audit config ${resource.name} exempts ${exempted.length} member(s) from logging`,
        path: "exempted_members",
      });
    return failAll(failures);
  },
};
