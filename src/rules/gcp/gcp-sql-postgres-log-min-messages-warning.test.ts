import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogMinMessagesWarning } from "./gcp-sql-postgres-log-min-messages-warning.ts";

ruleTester(gcpSqlPostgresLogMinMessagesWarning, {
  fail: [
    {
      name: "log_min_messages = debug1",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_messages"
      value = "debug1"
    }
  }
}
`,
      line: 9,
      path: "flags.log_min_messages",
      message: "log_min_messages",
    },
  ],
  pass: [
    {
      name: "log_min_messages = warning",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_messages"
      value = "warning"
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
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    },
  ],
});
