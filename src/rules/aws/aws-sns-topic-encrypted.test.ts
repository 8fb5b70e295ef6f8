import { ruleTester } from "../testing/tester.ts";
import { awsSnsTopicEncrypted } from "./aws-sns-topic-encrypted.ts";

ruleTester(awsSnsTopicEncrypted, {
  fail: [
    {
      name: "no key",
      format: "terraform",
      files: `resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
`,
      line: 1,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "AWS-managed key",
      format: "terraform",
      files: `resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}
`,
    },
  ],
});
