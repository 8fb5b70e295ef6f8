import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverCrossDbOwnershipChainingOff } from "./gcp-sql-sqlserver-cross-db-ownership-chaining-off.ts";

ruleTester(gcpSqlSqlserverCrossDbOwnershipChainingOff, {
  fail: [
    {
      name: "cross db ownership chaining = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "cross db ownership chaining"
      value = "on"
    }
  }
}
`,
      line: 9,
      path: "flags.cross db ownership chaining",
      message: "cross db ownership chaining",
    },
  ],
  pass: [
    {
      name: "cross db ownership chaining = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "cross db ownership chaining"
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
