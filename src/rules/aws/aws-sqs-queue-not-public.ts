import { settingRule } from "./setting-rule.ts";

export const awsSqsQueueNotPublic = settingRule({
  id: "aws-sqs-queue-not-public",
  title: "SQS queue policies do not grant access to everyone",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["queue"],
  rationale:
    "A queue policy allowing any principal lets anyone read, delete or inject messages, which is data theft or a direct path to poison the consumers.",
  remediation: {
    text: "Grant named accounts or services, and pin service principals with `aws:SourceArn` or `aws:SourceAccount`.",
    code: {
      terraform: `resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.orders.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html",
  ],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `SQS queue ${r.name} policy grants access to any principal`,
});
