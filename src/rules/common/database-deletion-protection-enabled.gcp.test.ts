import { ruleTester } from "../testing/tester.ts";
import { databaseDeletionProtectionEnabled } from "./database-deletion-protection-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: the API-level deletion_protection_enabled setting (off by default) protects the instance from every client; the top-level deletion_protection argument only stops Terraform.
ruleTester(databaseDeletionProtectionEnabled, {
  fail: [
    {
      name: "only Terraform-level deletion protection",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name                = "orion-main"
  database_version    = "POSTGRES_15"
  region              = "europe-west1"
  deletion_protection = true

  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    },
    {
      name: "deletion protection written off",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    deletion_protection_enabled = false
  }
}
`,
      line: 8,
      path: "deletion_protection",
    },
  ],
  pass: [
    {
      name: "deletion protection on",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}
`,
    },
  ],
});
