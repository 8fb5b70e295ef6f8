import { ruleTester } from "../testing/tester.ts";
import { gcpSqlInstanceRequiresSsl } from "./gcp-sql-instance-requires-ssl.ts";

ruleTester(gcpSqlInstanceRequiresSsl, {
  fail: [
    {
      name: "no ip_configuration",
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
      path: "tls_required",
    },
    {
      name: "ssl_mode allows plaintext",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
    }
  }
}
`,
      line: 8,
    },
  ],
  pass: [
    {
      name: "require_ssl (provider 4)",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      require_ssl = true
    }
  }
}
`,
    },
    {
      name: "client certificates required",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}
`,
    },
  ],
});
