import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const databaseEncryptedAtRest: Rule = {
  id: "database-encrypted-at-rest",
  title: "Databases encrypt storage at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_instance"],
  rationale:
    "Storage encryption protects the data files, logs, backups, replicas and snapshots of a database. RDS and " +
    "Aurora storage is unencrypted unless asked, and encryption cannot be turned on later without a " +
    "snapshot-copy-restore migration, so it must be set at creation.",
  remediation: {
    text: "Create the database with storage encryption on, preferably with a customer-managed KMS key.",
    code: {
      terraform: `resource "aws_db_instance" "main" {
  identifier        = "main"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.enabled",
      isTrue,
      `Database ${resource.name} does not encrypt its storage`,
    );
  },
};
