import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlPostgresLogConnectionsOn: Rule = {
  id: "gcp-sql-postgres-log-connections-on",
  title: "Cloud SQL for PostgreSQL logs connections",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Without connection logs there is no record of who connected from where, so brute force and unusual access cannot be detected or investigated.",
  remediation: {
    text: "Set the `log_connections` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_connections"
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
      flag: "log_connections",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
