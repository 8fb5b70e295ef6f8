import { settingRule } from "./setting-rule.ts";

export const awsSqsQueueEncrypted = settingRule({
  id: "aws-sqs-queue-encrypted",
  title: "SQS queues encrypt messages at rest",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["queue"],
  rationale:
    "Queued messages often carry orders, personal data or tokens. New queues use SSE-SQS unless it is turned off; a queue with `sqs_managed_sse_enabled = false` and no KMS key stores them unencrypted.",
  remediation: {
    text: "Leave SSE-SQS on, or set `kms_master_key_id` to a KMS key.",
    code: {
      terraform: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1",
  ],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `SQS queue ${r.name} does not encrypt messages at rest`,
});
