import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlPostgresPgauditEnabled: Rule = {
  id: "gcp-sql-postgres-pgaudit-enabled",
  title: "Cloud SQL for PostgreSQL has pgAudit enabled",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "pgAudit writes session and object audit records (who read or changed what) to Cloud Audit Logs, which standard PostgreSQL logging does not provide.",
  remediation: {
    text: "Set the `cloudsql.enable_pgaudit` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "on"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/postgres/flags"],
  check(resource) {
    return judgeFlag(resource, {
      engine: "postgres",
      flag: "cloudsql.enable_pgaudit",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
