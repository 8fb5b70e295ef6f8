import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogConnectionsOn } from "./gcp-sql-postgres-log-connections-on.ts";

ruleTester(gcpSqlPostgresLogConnectionsOn, {
  fail: [
    {
      name: "log_connections = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_connections"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.log_connections",
      message: "log_connections",
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
      name: "log_connections = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_connections"
      value = "on"
    }
  }
}
`,
    },
  ],
});
