import { ruleTester } from "../testing/tester.ts";
import { awsRdsPerformanceInsightsEncryptedWithCmk } from "./aws-rds-performance-insights-encrypted-with-cmk.ts";

ruleTester(awsRdsPerformanceInsightsEncryptedWithCmk, {
  fail: [
    {
      name: "Performance Insights with the default key",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier                   = "app"
  engine                       = "postgres"
  instance_class               = "db.r6g.large"
  performance_insights_enabled = true
}
`,
      line: 1,
      path: "performance_insights.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "customer key",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.r6g.large"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
`,
    },
  ],
});
