import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverExternalScriptsOff } from "./gcp-sql-sqlserver-external-scripts-off.ts";

ruleTester(gcpSqlSqlserverExternalScriptsOff, {
  fail: [
    {
      name: "external scripts enabled = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = "on"
    }
  }
}
`,
      line: 9,
      path: "flags.external scripts enabled",
      message: "external scripts enabled",
    },
  ],
  pass: [
    {
      name: "external scripts enabled = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = "off"
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
