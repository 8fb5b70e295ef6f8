import { settingRule } from "./setting-rule.ts";

export const awsSnsTopicNotPublic = settingRule({
  id: "aws-sns-topic-not-public",
  title: "SNS topic policies do not grant access to everyone",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["topic"],
  rationale:
    "A topic policy allowing any principal lets anyone publish (spam, phishing, poisoned events) or subscribe to the messages.",
  remediation: {
    text: "Grant named accounts or services, and pin service principals with `aws:SourceArn` or `aws:SourceAccount`.",
    code: {
      terraform: `resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudwatch.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.alerts.arn
      Condition = { StringEquals = { "aws:SourceAccount" = "111122223333" } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html"],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `SNS topic ${r.name} policy grants access to any principal`,
});
