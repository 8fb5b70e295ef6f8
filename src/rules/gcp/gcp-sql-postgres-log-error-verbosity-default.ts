import { type Rule } from "../rule.ts";
import { judgeFlag } from "./sql-flag.ts";

export const gcpSqlPostgresLogErrorVerbosityDefault: Rule = {
  id: "gcp-sql-postgres-log-error-verbosity-default",
  title: "Cloud SQL for PostgreSQL log_error_verbosity is not VERBOSE",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "VERBOSE error messages include source file names and line numbers of the server, useful to an attacker and noise to an analyst.",
  remediation: {
    text: "Set the `log_error_verbosity` database flag to DEFAULT or TERSE in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_error_verbosity"
      value = "default"
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
      flag: "log_error_verbosity",
      default: "default",
      ok: (v) => ["default", "terse"].includes(v.toLowerCase()),
      expected: "DEFAULT or TERSE",
    });
  },
};
