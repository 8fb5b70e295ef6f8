import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresLogStatementDdl } from "./gcp-sql-postgres-log-statement-ddl.ts";

ruleTester(gcpSqlPostgresLogStatementDdl, {
  fail: [
    {
      name: "log_statement = none",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_statement"
      value = "none"
    }
  }
}
`,
      line: 9,
      path: "flags.log_statement",
      message: "log_statement",
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
      name: "log_statement = ddl",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_statement"
      value = "ddl"
    }
  }
}
`,
    },
  ],
});
