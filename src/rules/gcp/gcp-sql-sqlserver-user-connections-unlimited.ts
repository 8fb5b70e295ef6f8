import { type Rule } from "../rule.ts";
import { judgeFlag } from "./sql-flag.ts";

export const gcpSqlSqlserverUserConnectionsUnlimited: Rule = {
  id: "gcp-sql-sqlserver-user-connections-unlimited",
  title: "Cloud SQL for SQL Server does not cap user connections",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "A low user connections limit lets a handful of idle or hostile clients lock everyone else out: a denial of service waiting to happen.",
  remediation: {
    text: "Set the `user connections` database flag to 0 (limited by the server only) in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "user connections"
      value = "0"
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
      flag: "user connections",
      default: "0",
      ok: (v) => v === "0",
      expected: "0 (limited by the server only)",
    });
  },
};
