import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogErrorVerbosityDefault } from "./gcp-sql-postgres-log-error-verbosity-default.ts";

ruleTester(gcpSqlPostgresLogErrorVerbosityDefault, {
  fail: [
    {
      name: "log_error_verbosity = verbose",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_error_verbosity"
      value = "verbose"
    }
  }
}
`,
      line: 9,
      path: "flags.log_error_verbosity",
      message: "log_error_verbosity",
    },
  ],
  pass: [
    {
      name: "log_error_verbosity = default",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_error_verbosity"
      value = "default"
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
