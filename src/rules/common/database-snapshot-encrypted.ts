import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const databaseSnapshotEncrypted: Rule = {
  id: "database-snapshot-encrypted",
  title: "Database snapshots are encrypted",
  severity: "high",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["database_snapshot"],
  rationale:
    "A database snapshot holds a full copy of the data. Taken from an unencrypted database it is unencrypted " +
    "too, and whoever it is shared with, or whoever reaches the account it sits in, can restore it in minutes.",
  remediation: {
    text: "Encrypt the source database, or copy the snapshot with a KMS key and delete the unencrypted one.",
    code: {
      terraform: `resource "aws_db_snapshot_copy" "migration" {
  source_db_snapshot_identifier = aws_db_snapshot.migration.db_snapshot_arn
  target_db_snapshot_identifier = "migration-encrypted"
  kms_key_id                    = aws_kms_key.rds.arn
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html"],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.enabled",
      isTrue,
      `Database snapshot ${resource.name} is not encrypted`,
    );
  },
};
