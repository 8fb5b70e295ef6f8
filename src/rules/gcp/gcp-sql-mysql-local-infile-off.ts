import { type Rule } from "../rule.ts";
import { judgeFlag, isOff } from "./sql-flag.ts";

export const gcpSqlMysqlLocalInfileOff: Rule = {
  id: "gcp-sql-mysql-local-infile-off",
  title: "Cloud SQL for MySQL sets local_infile off",
  severity: "medium",
  category: "data_protection",
  providers: ["gcp"],
  resource_types: ["database_instance"],
  rationale:
    "LOAD DATA LOCAL lets a malicious or compromised server read files from the client host, and lets SQL injection load attacker-chosen files. Turn local_infile off unless bulk loading needs it.",
  remediation: {
    text: "Set the `local_infile` database flag to off in the instance's `settings`.",
    code: {
      terraform: `resource "google_sql_database_instance" "main" {
  database_version = "MYSQL_8_0"
  # ...
  settings {
    database_flags {
      name  = "local_infile"
      value = "off"
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
      flag: "local_infile",
      default: "on",
      ok: isOff,
      expected: "off",
    });
  },
};
