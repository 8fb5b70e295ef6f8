import { type Rule } from "../rule.ts";
import { judgeFlag } from "./sql-flag.ts";

export const gcpSqlPostgresLogMinDurationStatementDisabled: Rule = {
  id: "gcp-sql-postgres-log-min-duration-statement-disabled",
  title: "Cloud SQL for PostgreSQL does not log statements by duration",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Logging every statement over a duration writes full SQL text, including personal data and secrets in literals, to the logs.",
  remediation: {
    text: "Set the `log_min_duration_statement` database flag to -1 (disabled) in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_min_duration_statement"
      value = "-1"
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
      flag: "log_min_duration_statement",
      default: "-1",
      ok: (v) => v === "-1",
      expected: "-1 (disabled)",
    });
  },
};
