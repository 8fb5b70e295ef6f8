import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverRemoteAccessOff } from "./gcp-sql-sqlserver-remote-access-off.ts";

ruleTester(gcpSqlSqlserverRemoteAccessOff, {
  fail: [
    {
      name: "remote access = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "remote access"
      value = "on"
    }
  }
}
`,
      line: 9,
      path: "flags.remote access",
      message: "remote access",
    },
    {
      name: "flag not set",
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
      path: "flags",
    },
  ],
  pass: [
    {
      name: "remote access = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "remote access"
      value = "off"
    }
  }
}
`,
    },
  ],
});
