import { type Rule } from "../rule.ts";
import { judgeFlag, isOff } from "./sql-flag.ts";

export const gcpSqlSqlserverCrossDbOwnershipChainingOff: Rule = {
  id: "gcp-sql-sqlserver-cross-db-ownership-chaining-off",
  title: "Cloud SQL for SQL Server disables cross-database ownership chaining",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Cross-database ownership chaining lets a user of one database reach objects in another through ownership chains, bypassing permission checks.",
  remediation: {
    text: "Set the `cross db ownership chaining` database flag to off in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "cross db ownership chaining"
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
      flag: "cross db ownership chaining",
      default: "off",
      ok: isOff,
      expected: "off",
    });
  },
};
