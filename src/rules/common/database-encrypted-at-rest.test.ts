import { ruleTester } from "../testing/tester.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";

ruleTester(databaseEncryptedAtRest, {
  fail: [
    {
      name: "Neptune cluster without storage encryption",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  skip_final_snapshot = true
  storage_encrypted   = false
}
`,
      line: 4,
      path: "encryption.enabled",
    },
    {
      name: "DocumentDB cluster left at the unencrypted default",
      format: "terraform",
      files: `resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  master_username    = "admin"
  master_password    = var.password
}
`,
      line: 1,
    },
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
      name: "Neptune cluster encrypted with its own key (kms_key_arn)",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = true
  kms_key_arn        = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}
`,
    },
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
