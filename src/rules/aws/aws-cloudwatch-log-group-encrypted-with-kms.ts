import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsCloudwatchLogGroupEncryptedWithKms: Rule = {
  id: "aws-cloudwatch-log-group-encrypted-with-kms",
  title: "CloudWatch log groups are encrypted with a KMS key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["log_group"],
  rationale:
    "Logs often carry tokens, personal data and request bodies; a customer-managed key makes reading them require kms:Decrypt as well, and lets you revoke access.",
  remediation: {
    text: "Set kms_key_id on the log group to a customer-managed key whose policy allows the logs service.",
    code: {
      terraform: `resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html"],
  check(resource) {
    return expectBool(
      resource,
      "encryption.customer_managed_key",
      true,
      `Log group ${resource.name} is not encrypted with a KMS key`,
    );
  },
};
