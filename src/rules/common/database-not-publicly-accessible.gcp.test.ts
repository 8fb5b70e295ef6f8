import { ruleTester } from "../testing/tester.ts";
import { databaseNotPubliclyAccessible } from "./database-not-publicly-accessible.ts";

// GCP Terraform cases of a cross-cloud rule: an instance is reachable from the internet when it has a public IPv4 address and an authorized network admits any source; a public address without authorized networks only takes Cloud SQL Auth Proxy connections (gcp-sql-instance-has-no-public-ip judges the address itself).
ruleTester(databaseNotPubliclyAccessible, {
  fail: [
    {
      name: "authorized network open to anyone",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true

      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }
  }
}
`,
      line: 14,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "public address without authorized networks",
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
      name: "private IP only",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/orion-prod/global/networks/orion"
    }
  }
}
`,
    },
    {
      name: "public address for the office range",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orion-main"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
    }
  }
}
`,
    },
  ],
});
