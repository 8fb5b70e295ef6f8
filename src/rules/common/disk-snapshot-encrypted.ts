import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const diskSnapshotEncrypted: Rule = {
  id: "disk-snapshot-encrypted",
  title: "Disk snapshots are encrypted",
  severity: "high",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["disk_snapshot"],
  rationale:
    "Snapshots outlive the volumes they were taken from and are easy to copy or share across accounts; an " +
    "unencrypted snapshot can be restored by anyone it reaches. A snapshot of an unencrypted volume is unencrypted.",
  remediation: {
    text: "Snapshot encrypted volumes only; re-encrypt existing snapshots by copying them with a KMS key and delete the unencrypted originals.",
    code: {
      terraform: `resource "aws_ebs_snapshot_copy" "data_encrypted" {
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.ebs.arn
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.enabled",
      isTrue,
      `Snapshot ${resource.name} is not encrypted`,
    );
  },
};
