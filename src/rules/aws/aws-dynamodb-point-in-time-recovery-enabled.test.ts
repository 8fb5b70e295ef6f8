import { ruleTester } from "../testing/tester.ts";
import { awsDynamodbPointInTimeRecoveryEnabled } from "./aws-dynamodb-point-in-time-recovery-enabled.ts";

ruleTester(awsDynamodbPointInTimeRecoveryEnabled, {
  fail: [
    {
      name: "PITR disabled",
      format: "terraform",
      files: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = false
  }
}
`,
      line: 10,
      path: "point_in_time_recovery.enabled",
    },
  ],
  pass: [
    {
      name: "PITR enabled",
      format: "terraform",
      files: `resource "aws_dynamodb_table" "orders" {
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
}
`,
    },
  ],
});
