import { type Rule } from "../rule.ts";
import { judgeFlag, isOff } from "./sql-flag.ts";

export const gcpSqlSqlserverContainedDatabaseAuthenticationOff: Rule = {
  id: "gcp-sql-sqlserver-contained-database-authentication-off",
  title: "Cloud SQL for SQL Server disables contained database authentication",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Users of a contained database authenticate at the database, outside server login policy, and a database owner can create logins that bypass it.",
  remediation: {
    text: "Set the `contained database authentication` database flag to off in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "contained database authentication"
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
      flag: "contained database authentication",
      default: "off",
      ok: isOff,
      expected: "off",
    });
  },
};
