import { ruleTester } from "../testing/tester.ts";
import { databaseBackupRetentionEnabled } from "./database-backup-retention-enabled.ts";

ruleTester(databaseBackupRetentionEnabled, {
  fail: [
    {
      name: "retention 0 turns backups off",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier              = "app"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  backup_retention_period = 0
}
`,
      line: 5,
      path: "backup.enabled",
    },
  ],
  pass: [
    {
      name: "default retention of one day",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
}
`,
    },
    {
      name: "two weeks of backups",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier              = "app"
  engine                  = "postgres"
  instance_class          = "db.t4g.medium"
  backup_retention_period = 14
}
`,
    },
  ],
});
