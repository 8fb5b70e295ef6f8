import { ruleTester } from "../testing/tester.ts";
import { awsCloudtrailEncryptedWithKms } from "./aws-cloudtrail-encrypted-with-kms.ts";

ruleTester(awsCloudtrailEncryptedWithKms, {
  fail: [
    {
      name: "no kms_key_id",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
      line: 1,
    },
  ],
  pass: [
    {
      name: "kms key set",
      format: "terraform",
      files: `resource "aws_kms_key" "trail" {
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}
`,
    },
  ],
});
