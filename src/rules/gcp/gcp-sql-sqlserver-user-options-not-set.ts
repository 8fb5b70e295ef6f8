import { type Rule } from "../rule.ts";
import { judgeFlag } from "./sql-flag.ts";

export const gcpSqlSqlserverUserOptionsNotSet: Rule = {
  id: "gcp-sql-sqlserver-user-options-not-set",
  title: "Cloud SQL for SQL Server does not override user options",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "The user options flag changes connection defaults (such as ANSI settings) for every user, which can silently change query semantics and defeat security assumptions.",
  remediation: {
    text: "Set the `user options` database flag to not set in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "user options"
      value = ""
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/sqlserver/flags"],
  check(resource) {
    return judgeFlag(resource, {
      engine: "sqlserver",
      flag: "user options",
      default: "",
      ok: (v) => v === "",
      expected: "not set",
    });
  },
};
