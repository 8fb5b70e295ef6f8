import type { Rule } from "../rule.ts";
import { expectSetting, isTrue } from "./expect-setting.ts";

export const diskEncrypted: Rule = {
  id: "disk-encrypted",
  title: "Disks are encrypted at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["disk"],
  rationale:
    "An unencrypted volume exposes its data to anyone who obtains a copy of it: a snapshot shared by mistake, " +
    "a detached volume, or storage media. EBS volumes are unencrypted unless asked or unless the account's " +
    "default EBS encryption is turned on.",
  remediation: {
    text: "Create the volume with encryption (preferably a customer-managed KMS key), or turn on EBS encryption by default for the account and region.",
    code: {
      terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}`,
      cli: "aws ec2 enable-ebs-encryption-by-default --region <region>",
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.enabled",
      isTrue,
      `Disk ${resource.name} is not encrypted at rest`,
    );
  },
};
