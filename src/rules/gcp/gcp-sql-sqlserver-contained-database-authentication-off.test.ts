import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverContainedDatabaseAuthenticationOff } from "./gcp-sql-sqlserver-contained-database-authentication-off.ts";

ruleTester(gcpSqlSqlserverContainedDatabaseAuthenticationOff, {
  fail: [
    {
      name: "contained database authentication = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "contained database authentication"
      value = "on"
    }
  }
}
`,
      line: 9,
      path: "flags.contained database authentication",
      message: "contained database authentication",
    },
  ],
  pass: [
    {
      name: "contained database authentication = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "contained database authentication"
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
