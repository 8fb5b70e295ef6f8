import { settingRule } from "./setting-rule.ts";

export const awsDynamodbPointInTimeRecoveryEnabled = settingRule({
  id: "aws-dynamodb-point-in-time-recovery-enabled",
  title: "DynamoDB tables have point-in-time recovery",
  severity: "medium",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["nosql_table"],
  rationale:
    "Point-in-time recovery keeps continuous backups for 35 days, so a table can be restored after an accidental or malicious bulk write or delete; without it only manual backups exist.",
  remediation: {
    text: "Add a `point_in_time_recovery { enabled = true }` block.",
    code: {
      terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2",
  ],
  path: "point_in_time_recovery.enabled",
  ok: (v) => v === true,
  message: (r) => `DynamoDB table ${r.name} has no point-in-time recovery`,
});
