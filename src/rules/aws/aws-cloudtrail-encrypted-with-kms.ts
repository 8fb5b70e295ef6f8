import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsCloudtrailEncryptedWithKms: Rule = {
  id: "aws-cloudtrail-encrypted-with-kms",
  title: "CloudTrail logs are encrypted with a KMS key",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["audit_log"],
  rationale:
    "SSE-KMS on the trail means reading the logs also needs kms:Decrypt on a key you control, which keeps the audit record from anyone who merely gains read access to the bucket. CIS requires it.",
  remediation: {
    text: "Set kms_key_id on the trail to a customer-managed key whose policy lets CloudTrail encrypt.",
    code: {
      terraform: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
  ],
  check(resource) {
    return expectBool(
      resource,
      "encryption.customer_managed_key",
      true,
      `Trail ${resource.name} does not encrypt its logs with a KMS key`,
    );
  },
};
