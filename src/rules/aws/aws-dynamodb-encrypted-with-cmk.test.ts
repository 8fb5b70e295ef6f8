import { ruleTester } from "../testing/tester.ts";
import { awsDynamodbEncryptedWithCmk } from "./aws-dynamodb-encrypted-with-cmk.ts";

ruleTester(awsDynamodbEncryptedWithCmk, {
  fail: [
    {
      name: "server-side encryption not configured",
      format: "terraform",
      files: `resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`,
      line: 1,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "customer key",
      format: "terraform",
      files: `resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}
`,
    },
  ],
});
