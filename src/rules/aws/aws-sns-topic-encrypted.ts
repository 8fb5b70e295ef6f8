import { settingRule } from "./setting-rule.ts";

export const awsSnsTopicEncrypted = settingRule({
  id: "aws-sns-topic-encrypted",
  title: "SNS topics encrypt messages at rest",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["topic"],
  rationale:
    "SNS stores messages until delivery; without server-side encryption they are kept unencrypted under your control boundary, and notifications often carry personal or operational data.",
  remediation: {
    text: "Set `kms_master_key_id` to a KMS key (a customer-managed key for cross-account or audited use).",
    code: {
      terraform: `resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.sns.arn
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1",
  ],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `SNS topic ${r.name} does not encrypt messages at rest`,
});
