import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogMinDurationStatementDisabled } from "./gcp-sql-postgres-log-min-duration-statement-disabled.ts";

ruleTester(gcpSqlPostgresLogMinDurationStatementDisabled, {
  fail: [
    {
      name: "log_min_duration_statement = 0",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_duration_statement"
      value = "0"
    }
  }
}
`,
      line: 9,
      path: "flags.log_min_duration_statement",
      message: "log_min_duration_statement",
    },
  ],
  pass: [
    {
      name: "log_min_duration_statement = -1",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_min_duration_statement"
      value = "-1"
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
