import { ruleTester } from "../testing/tester.ts";
import { awsEbsDefaultEncryptionEnabled } from "./aws-ebs-default-encryption-enabled.ts";

ruleTester(awsEbsDefaultEncryptionEnabled, {
  fail: [
    {
      name: "turned off",
      format: "terraform",
      files: `resource "aws_ebs_encryption_by_default" "this" {
  enabled = false
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "on (default of the resource)",
      format: "terraform",
      files: `resource "aws_ebs_encryption_by_default" "this" {}
`,
    },
  ],
});
