import { settingRule } from "./setting-rule.ts";

export const awsEfsEncrypted = settingRule({
  id: "aws-efs-encrypted",
  title: "EFS file systems are encrypted at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["file_system"],
  rationale:
    "File systems created through the API or Terraform are unencrypted unless asked, and encryption cannot be turned on later without copying the data to a new file system.",
  remediation: {
    text: "Set `encrypted = true` (optionally with a customer-managed `kms_key_id`).",
    code: {
      terraform: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1",
  ],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `EFS file system ${r.name} is not encrypted at rest`,
});
