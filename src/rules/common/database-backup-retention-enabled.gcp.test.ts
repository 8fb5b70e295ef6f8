import { ruleTester } from "../testing/tester.ts";
import { databaseBackupRetentionEnabled } from "./database-backup-retention-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: Cloud SQL takes no automated backups unless backup_configuration enables them.
ruleTester(databaseBackupRetentionEnabled, {
  fail: [
    {
      name: "no backup configuration",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    },
    {
      name: "backups written disabled",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = false
    }
  }
}
`,
      line: 10,
      path: "backup.enabled",
    },
  ],
  pass: [
    {
      name: "daily backups with point-in-time recovery",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
    }
  }
}
`,
    },
  ],
});
