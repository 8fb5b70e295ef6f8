import { settingRule } from "./setting-rule.ts";

export const awsDynamodbEncryptedWithCmk = settingRule({
  id: "aws-dynamodb-encrypted-with-cmk",
  title: "DynamoDB tables are encrypted with a customer-managed KMS key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["nosql_table"],
  rationale:
    "Tables are always encrypted, by default with an AWS-owned key that you cannot audit or restrict. A customer-managed key puts decryption under your key policy and CloudTrail, and lets you revoke access to the data.",
  remediation: {
    text: "Enable `server_side_encryption` with `kms_key_arn` set to a customer-managed key.",
    code: {
      terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html"],
  path: "encryption.customer_managed_key",
  ok: (v) => v === true,
  message: (r) => `DynamoDB table ${r.name} is encrypted with an AWS-owned or AWS-managed key`,
});
