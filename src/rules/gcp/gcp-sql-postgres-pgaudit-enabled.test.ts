import { ruleTester } from "../testing/tester.ts";
import { gcpSqlPostgresPgauditEnabled } from "./gcp-sql-postgres-pgaudit-enabled.ts";

ruleTester(gcpSqlPostgresPgauditEnabled, {
  fail: [
    {
      name: "cloudsql.enable_pgaudit = off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "off"
    }
  }
}
`,
      line: 9,
      path: "flags.cloudsql.enable_pgaudit",
      message: "cloudsql.enable_pgaudit",
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
      name: "cloudsql.enable_pgaudit = on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "on"
    }
  }
}
`,
    },
  ],
});
