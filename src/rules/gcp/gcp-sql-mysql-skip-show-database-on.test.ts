import { ruleTester } from "../testing/tester.ts";
import { gcpSqlMysqlSkipShowDatabaseOn } from "./gcp-sql-mysql-skip-show-database-on.ts";

ruleTester(gcpSqlMysqlSkipShowDatabaseOn, {
  fail: [
    {
      name: "skip_show_database = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "skip_show_database"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.skip_show_database",
      message: "skip_show_database",
    },
    {
      name: "flag not set",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
`,
      path: "flags",
    },
  ],
  pass: [
    {
      name: "skip_show_database = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "skip_show_database"
      value = "on"
    }
  }
}
`,
    },
  ],
});
