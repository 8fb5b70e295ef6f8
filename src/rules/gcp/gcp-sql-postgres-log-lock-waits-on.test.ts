import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogLockWaitsOn } from "./gcp-sql-postgres-log-lock-waits-on.ts";

ruleTester(gcpSqlPostgresLogLockWaitsOn, {
  fail: [
    {
      name: "log_lock_waits = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_lock_waits"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.log_lock_waits",
      message: "log_lock_waits",
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
      name: "log_lock_waits = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_lock_waits"
      value = "on"
    }
  }
}
`,
    },
  ],
});
