import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlPostgresLogLockWaitsOn: Rule = {
  id: "gcp-sql-postgres-log-lock-waits-on",
  title: "Cloud SQL for PostgreSQL logs lock waits",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Long lock waits are how denial of service through locking shows up; logging them makes the cause visible.",
  remediation: {
    text: "Set the `log_lock_waits` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  # ...
  settings {
    database_flags {
      name  = "log_lock_waits"
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
      flag: "log_lock_waits",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
