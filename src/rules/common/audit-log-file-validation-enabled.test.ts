import { ruleTester } from "../testing/tester.ts";
import { auditLogFileValidationEnabled } from "./audit-log-file-validation-enabled.ts";

ruleTester(auditLogFileValidationEnabled, {
  fail: [
    {
      name: "validation off by default",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
}
`,
      line: 1,
    },
    {
      name: "validation explicitly off",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  enable_log_file_validation = false
}
`,
      line: 4,
    },
  ],
  pass: [
    {
      name: "validation on",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail"
  enable_log_file_validation = true
}
`,
    },
  ],
});
