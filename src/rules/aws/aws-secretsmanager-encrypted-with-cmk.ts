import { settingRule } from "./setting-rule.ts";

export const awsSecretsmanagerEncryptedWithCmk = settingRule({
  id: "aws-secretsmanager-encrypted-with-cmk",
  title: "Secrets Manager secrets use a customer-managed KMS key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["secret"],
  rationale:
    "With the default aws/secretsmanager key, anyone with `secretsmanager:GetSecretValue` in the account can decrypt, and the secret cannot be shared across accounts; a customer-managed key adds a key policy as a second gate.",
  remediation: {
    text: "Set `kms_key_id` to a customer-managed KMS key.",
    code: {
      terraform: `resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db"
  kms_key_id = aws_kms_key.secrets.arn
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html"],
  path: "encryption.customer_managed_key",
  ok: (v) => v === true,
  message: (r) => `Secret ${r.name} is encrypted with the AWS-managed key`,
});
