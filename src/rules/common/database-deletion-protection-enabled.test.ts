import { ruleTester } from "../testing/tester.ts";
import { databaseDeletionProtectionEnabled } from "./database-deletion-protection-enabled.ts";

ruleTester(databaseDeletionProtectionEnabled, {
  fail: [
    {
      name: "deletion protection off by default",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
}
`,
      path: "deletion_protection",
    },
    {
      name: "deletion protection explicitly off",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  deletion_protection = false
}
`,
      line: 5,
      path: "deletion_protection",
    },
  ],
  pass: [
    {
      name: "deletion protection on",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  deletion_protection = true
}
`,
    },
  ],
});
