import { ruleTester } from "../testing/tester.ts";
import { gcpSqlInstanceHasNoPublicIp } from "./gcp-sql-instance-has-no-public-ip.ts";

ruleTester(gcpSqlInstanceHasNoPublicIp, {
  fail: [
    {
      name: "default: public IPv4 on",
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
      path: "public_ip",
    },
    {
      name: "ipv4 explicitly enabled",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
    }
  }
}
`,
      line: 8,
    },
  ],
  pass: [
    {
      name: "private IP only",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/p/global/networks/main"
    }
  }
}
`,
    },
  ],
});
