import { ruleTester } from "../testing/tester.ts";
import { gcpSqlMysqlLocalInfileOff } from "./gcp-sql-mysql-local-infile-off.ts";

ruleTester(gcpSqlMysqlLocalInfileOff, {
  fail: [
    {
      name: "local_infile = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "on"
    }
  }
}
`,
      line: 9,
      path: "flags.local_infile",
      message: "local_infile",
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
      name: "local_infile = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}
`,
    },
  ],
});
