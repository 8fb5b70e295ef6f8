import { ruleTester } from "../testing/tester.ts";
import { awsSqsQueueEncrypted } from "./aws-sqs-queue-encrypted.ts";

ruleTester(awsSqsQueueEncrypted, {
  fail: [
    {
      name: "SSE-SQS turned off",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = false
}
`,
      line: 3,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "default SSE-SQS",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name = "orders"
}
`,
    },
    {
      name: "KMS key",
      format: "terraform",
      files: `resource "aws_sqs_queue" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/orders"
}
`,
    },
  ],
});
