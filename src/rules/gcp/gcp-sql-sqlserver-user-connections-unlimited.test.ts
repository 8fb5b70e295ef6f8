import { ruleTester } from "../testing/tester.ts";
import { gcpSqlSqlserverUserConnectionsUnlimited } from "./gcp-sql-sqlserver-user-connections-unlimited.ts";

ruleTester(gcpSqlSqlserverUserConnectionsUnlimited, {
  fail: [
    {
      name: "user connections = 10",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "user connections"
      value = "10"
    }
  }
}
`,
      line: 9,
      path: "flags.user connections",
      message: "user connections",
    },
  ],
  pass: [
    {
      name: "user connections = 0",
      format: "terraform",
      files: `resource "google_sql_database_instance" "main" {
  name             = "orders-db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "user connections"
      value = "0"
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
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
`,
    },
  ],
});
