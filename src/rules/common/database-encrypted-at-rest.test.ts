import { ruleTester } from "../testing/tester.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";

ruleTester(databaseEncryptedAtRest, {
  fail: [
    {
      name: "RDS instance without storage_encrypted",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}
`,
      path: "encryption.enabled",
    },
    {
      name: "Aurora cluster with storage_encrypted = false",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-mysql"
  storage_encrypted  = false
}
`,
      line: 4,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "encrypted instance",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier        = "app"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  storage_encrypted = true
}
`,
    },
    {
      name: "Aurora Serverless v1 is always encrypted",
      format: "terraform",
      files: `resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}
`,
    },
  ],
});
