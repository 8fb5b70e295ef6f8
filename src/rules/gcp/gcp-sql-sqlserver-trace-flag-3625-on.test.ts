import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverTraceFlag3625On } from "./gcp-sql-sqlserver-trace-flag-3625-on.ts";

ruleTester(gcpSqlSqlserverTraceFlag3625On, {
  fail: [
    {
      name: "3625 = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "3625"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.3625",
      message: "3625",
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
      name: "3625 = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "3625"
      value = "on"
    }
  }
}
`,
    },
  ],
});
