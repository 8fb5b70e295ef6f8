import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlPostgresLogDisconnectionsOn: Rule = {
  id: "gcp-sql-postgres-log-disconnections-on",
  title: "Cloud SQL for PostgreSQL logs disconnections",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Disconnection logs record session end and duration; together with connection logs they show how long an attacker's session lasted.",
  remediation: {
    text: "Set the `log_disconnections` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_disconnections"
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
      flag: "log_disconnections",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
