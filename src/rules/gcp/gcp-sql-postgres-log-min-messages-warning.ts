import { type Rule } from "../rule.ts";
import { judgeFlag, atLeastLevel } from "./sql-flag.ts";

export const gcpSqlPostgresLogMinMessagesWarning: Rule = {
  id: "gcp-sql-postgres-log-min-messages-warning",
  title: "Cloud SQL for PostgreSQL log_min_messages is WARNING or more severe",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Levels below WARNING flood the logs with debug detail that buries security events and may log statement values; too high a level hides errors. WARNING is the recommended floor.",
  remediation: {
    text: "Set the `log_min_messages` database flag to WARNING or more severe in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_min_messages"
      value = "warning"
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
      flag: "log_min_messages",
      default: "warning",
      ok: (v) => atLeastLevel(v, "warning"),
      expected: "WARNING or more severe",
    });
  },
};
