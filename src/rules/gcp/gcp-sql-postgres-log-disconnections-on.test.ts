import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogDisconnectionsOn } from "./gcp-sql-postgres-log-disconnections-on.ts";

ruleTester(gcpSqlPostgresLogDisconnectionsOn, {
  fail: [
    {
      name: "log_disconnections = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_disconnections"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.log_disconnections",
      message: "log_disconnections",
    },
    {
      name: "flag not set",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
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
      name: "log_disconnections = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
  }
}
`,
    },
  ],
});
