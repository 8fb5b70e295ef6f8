import { ruleTester } from "../testing/tester.ts";
import { awsCloudwatchLogGroupEncryptedWithKms } from "./aws-cloudwatch-log-group-encrypted-with-kms.ts";

ruleTester(awsCloudwatchLogGroupEncryptedWithKms, {
  fail: [
    {
      name: "no key",
      format: "terraform",
      files: `resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}
`,
      line: 1,
    },
  ],
  pass: [
    {
      name: "key set",
      format: "terraform",
      files: `resource "aws_kms_key" "logs" {
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "app" {
  name       = "app"
  kms_key_id = aws_kms_key.logs.arn
}
`,
    },
  ],
});
