import { settingRule } from "./setting-rule.ts";

export const awsEcrEncryptedWithCmk = settingRule({
  id: "aws-ecr-encrypted-with-cmk",
  title: "ECR repositories encrypt images with a customer-managed KMS key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["container_registry"],
  rationale:
    "Images are encrypted with AES-256 by default; a customer-managed key adds key-policy control, CloudTrail records of each decryption and the ability to revoke access.",
  remediation: {
    text: 'Set `encryption_configuration { encryption_type = "KMS", kms_key = <customer key ARN> }` when creating the repository.',
    code: {
      terraform: `resource "aws_ecr_repository" "app" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html"],
  path: "encryption.customer_managed_key",
  ok: (v) => v === true,
  message: (r) => `ECR repository ${r.name} is not encrypted with a customer-managed key`,
});
