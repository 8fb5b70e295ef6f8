import { ruleTester } from "../testing/tester.ts";
import { awsKmsKeyEnabled } from "./aws-kms-key-enabled.ts";

ruleTester(awsKmsKeyEnabled, {
  fail: [
    {
      name: "disabled",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  is_enabled          = false
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "enabled by default",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}
`,
    },
  ],
});
