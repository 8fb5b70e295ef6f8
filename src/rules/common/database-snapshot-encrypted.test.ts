import { ruleTester } from "../testing/tester.ts";
import { databaseSnapshotEncrypted } from "./database-snapshot-encrypted.ts";

ruleTester(databaseSnapshotEncrypted, {
  fail: [
    {
      name: "scenario C: snapshot of an unencrypted database shared with a dev account",
      format: "terraform",
      files: `resource "aws_db_instance" "patients" {
  identifier     = "patients-prod"
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "app"
  password       = var.db_password
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_snapshot" "migration" {
  db_instance_identifier = aws_db_instance.patients.identifier
  db_snapshot_identifier = "patients-migration"
  shared_accounts        = ["222233334444"]
}
`,
      line: 15,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "snapshot of an encrypted database",
      format: "terraform",
      files: `resource "aws_db_instance" "patients" {
  identifier        = "patients-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  storage_encrypted = true
}

resource "aws_db_snapshot" "nightly" {
  db_instance_identifier = aws_db_instance.patients.identifier
  db_snapshot_identifier = "patients-nightly"
}
`,
    },
    {
      name: "snapshot copy encrypted with a KMS key",
      format: "terraform",
      files: `resource "aws_db_snapshot_copy" "migration" {
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:111122223333:snapshot:patients-migration"
  target_db_snapshot_identifier = "patients-migration-encrypted"
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    },
  ],
});
