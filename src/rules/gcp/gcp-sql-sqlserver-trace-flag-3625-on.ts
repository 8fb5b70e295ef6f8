import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlSqlserverTraceFlag3625On: Rule = {
  id: "gcp-sql-sqlserver-trace-flag-3625-on",
  title: "Cloud SQL for SQL Server sets trace flag 3625",
  severity: "low",
  category: "logging_monitoring",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Trace flag 3625 masks parameters of error messages for users without sysadmin rights, so errors do not leak data values.",
  remediation: {
    text: "Set the `3625` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "SQLSERVER_2019_STANDARD"
  # ...
  settings {
    database_flags {
      name  = "3625"
      value = "on"
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
      flag: "3625",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
