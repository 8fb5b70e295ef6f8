import { type Rule } from "../rule.ts";
import { judgeFlag, isOff } from "./sql-flag.ts";

export const gcpSqlSqlserverRemoteAccessOff: Rule = {
  id: "gcp-sql-sqlserver-remote-access-off",
  title: "Cloud SQL for SQL Server disables remote access",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "The remote access option lets stored procedures run on and from remote servers, a way to move laterally or offload attacks; Cloud SQL does not need it.",
  remediation: {
    text: "Set the `remote access` database flag to off in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "remote access"
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
      flag: "remote access",
      default: "on",
      ok: isOff,
      expected: "off",
    });
  },
};
