import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverUserOptionsNotSet } from "./gcp-sql-sqlserver-user-options-not-set.ts";

ruleTester(gcpSqlSqlserverUserOptionsNotSet, {
  fail: [
    {
      name: "user options = 32",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "user options"
      value = "32"
    }
  }
}
`,
      line: 9,
      path: "flags.user options",
      message: "user options",
    },
  ],
  pass: [
    {
      name: "user options = ",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "user options"
      value = ""
    }
  }
}
`,
    },
    {
      name: "flag not set: the default is compliant",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    },
  ],
});
