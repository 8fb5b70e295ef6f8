import { type Rule } from "../rule.ts";
import { judgeFlag } from "./sql-flag.ts";

export const gcpSqlPostgresLogStatementDdl: Rule = {
  id: "gcp-sql-postgres-log-statement-ddl",
  title: "Cloud SQL for PostgreSQL logs DDL statements",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Schema changes (CREATE, ALTER, DROP) are what an attacker uses to persist or destroy; logging DDL keeps an audit trail of them.",
  remediation: {
    text: "Set the `log_statement` database flag to ddl (or mod/all) in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_statement"
      value = "ddl"
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
      flag: "log_statement",
      default: "none",
      ok: (v) => ["ddl", "mod", "all"].includes(v.toLowerCase()),
      expected: "ddl (or mod/all)",
    });
  },
};
