import { ruleTester } from "../testing/tester.ts";
import { auditLogEnabledAllRegions } from "./audit-log-enabled-all-regions.ts";

ruleTester(auditLogEnabledAllRegions, {
  fail: [
    {
      name: "single-region trail (the default)",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-trail"
}
`,
      path: "multi_region",
    },
    {
      name: "multi-region trail with logging stopped",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
  enable_logging        = false
}
`,
      line: 5,
      path: "enabled",
    },
  ],
  pass: [
    {
      name: "multi-region trail logging",
      format: "terraform",
      files: `resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-trail"
  is_multi_region_trail = true
}
`,
    },
  ],
});
