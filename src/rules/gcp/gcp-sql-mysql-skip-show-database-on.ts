import { type Rule } from "../rule.ts";
import { judgeFlag, isOn } from "./sql-flag.ts";

export const gcpSqlMysqlSkipShowDatabaseOn: Rule = {
  id: "gcp-sql-mysql-skip-show-database-on",
  title: "Cloud SQL for MySQL sets skip_show_database on",
  severity: "low",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Without skip_show_database any user can list every database on the instance, learning what else is hosted there; with it, SHOW DATABASES lists only what the user has privileges on.",
  remediation: {
    text: "Set the `skip_show_database` database flag to on in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "MYSQL_8_0"
  # ...
  settings {
    database_flags {
      name  = "skip_show_database"
      value = "on"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/sql/docs/mysql/flags"],
  check(resource) {
    return judgeFlag(resource, {
      engine: "mysql",
      flag: "skip_show_database",
      default: "off",
      ok: isOn,
      expected: "on",
    });
  },
};
