import { type Rule } from "../rule.ts";
import { judgeFlag, isOff } from "./sql-flag.ts";

export const gcpSqlSqlserverExternalScriptsOff: Rule = {
  id: "gcp-sql-sqlserver-external-scripts-off",
  title: "Cloud SQL for SQL Server disables external scripts",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "External scripts run R or Python code on the server from T-SQL, a path from SQL injection to code execution.",
  remediation: {
    text: "Set the `external scripts enabled` database flag to off in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "external scripts enabled"
      value = "off"
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
      flag: "external scripts enabled",
      default: "off",
      ok: isOff,
      expected: "off",
    });
  },
};
