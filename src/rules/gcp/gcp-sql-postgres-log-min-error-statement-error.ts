import { type Rule } from "../rule.ts";
import { judgeFlag, atLeastLevel } from "./sql-flag.ts";

export const gcpSqlPostgresLogMinErrorStatementError: Rule = {
  id: "gcp-sql-postgres-log-min-error-statement-error",
  title: "Cloud SQL for PostgreSQL log_min_error_statement is ERROR or more severe",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Statements that fail with an error are logged from this level on: SQL injection probes show up as errors. Levels below ERROR log ordinary statements with their data.",
  remediation: {
    text: "Set the `log_min_error_statement` database flag to ERROR or more severe in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_min_error_statement"
      value = "error"
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
      flag: "log_min_error_statement",
      default: "error",
      ok: (v) => atLeastLevel(v, "error"),
      expected: "ERROR or more severe",
    });
  },
};
