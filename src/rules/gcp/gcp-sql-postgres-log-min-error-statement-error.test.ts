import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogMinErrorStatementError } from "./gcp-sql-postgres-log-min-error-statement-error.ts";

ruleTester(gcpSqlPostgresLogMinErrorStatementError, {
  fail: [
    {
      name: "log_min_error_statement = notice",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_error_statement"
      value = "notice"
    }
  }
}
`,
      line: 9,
      path: "flags.log_min_error_statement",
      message: "log_min_error_statement",
    },
  ],
  pass: [
    {
      name: "log_min_error_statement = error",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_error_statement"
      value = "error"
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
