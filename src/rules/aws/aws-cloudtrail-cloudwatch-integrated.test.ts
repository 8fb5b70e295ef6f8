import { ruleTester } from "../testing/tester.ts";
import { awsCloudtrailCloudwatchIntegrated } from "./aws-cloudtrail-cloudwatch-integrated.ts";

ruleTester(awsCloudtrailCloudwatchIntegrated, {
  fail: [
    {
      name: "S3 only",
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
      name: "log group set",
      format: "terraform",
      files: `resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/trail-to-cloudwatch"
}
`,
    },
  ],
});
