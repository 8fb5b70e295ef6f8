import { ruleTester } from "../testing/tester.ts";
import { gcpSqlInstancePointInTimeRecoveryEnabled } from "./gcp-sql-instance-point-in-time-recovery-enabled.ts";

ruleTester(gcpSqlInstancePointInTimeRecoveryEnabled, {
  fail: [
    {
      name: "backups without PITR",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
    }
  }
}
`,
      path: "point_in_time_recovery",
    },
    {
      name: "MySQL without binary log",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = false
    }
  }
}
`,
      line: 9,
    },
  ],
  pass: [
    {
      name: "PostgreSQL PITR",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}
`,
    },
    {
      name: "MySQL binary log",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}
`,
    },
  ],
});
