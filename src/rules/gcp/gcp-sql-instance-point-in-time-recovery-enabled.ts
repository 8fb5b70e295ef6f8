import { skip, type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpSqlInstancePointInTimeRecoveryEnabled: Rule = {
  id: "gcp-sql-instance-point-in-time-recovery-enabled",
  title: "Cloud SQL instances have point-in-time recovery",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Daily backups lose up to a day of data; point-in-time recovery (transaction log retention, binary logging on MySQL) restores to the moment before a destructive statement or ransomware.",
  remediation: {
    text: "Enable `point_in_time_recovery_enabled` (PostgreSQL, SQL Server) or `binary_log_enabled` (MySQL) in `backup_configuration`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  # ...
  settings {
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr"],
  check(resource) {
    if (resource.config["replica"] === true) return skip("a read replica recovers from its primary");
    return expectSetting(
      resource,
      "point_in_time_recovery",
      isTrue,
      `Database ${resource.name} has no point-in-time recovery`,
    );
  },
};
