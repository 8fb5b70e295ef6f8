import { ruleTester } from "../testing/tester.ts";
import { awsS3AccountPublicAccessBlockEnabled } from "./aws-s3-account-public-access-block-enabled.ts";

ruleTester(awsS3AccountPublicAccessBlockEnabled, {
  fail: [
    {
      name: "policy settings off",
      format: "terraform",
      files: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls   = true
  ignore_public_acls  = true
  block_public_policy = false
}
`,
      line: 4,
    },
  ],
  pass: [
    {
      name: "all on",
      format: "terraform",
      files: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
    },
  ],
});
