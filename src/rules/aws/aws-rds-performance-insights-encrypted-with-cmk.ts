import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsRdsPerformanceInsightsEncryptedWithCmk = settingRule({
  id: "aws-rds-performance-insights-encrypted-with-cmk",
  title: "RDS Performance Insights data is encrypted with a customer-managed key",
  severity: "low",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "Performance Insights stores query text, which can contain personal data and literals. Without a customer-managed key its encryption cannot be audited, restricted by key policy or revoked.",
  remediation: {
    text: "Set `performance_insights_kms_key_id` to a customer-managed KMS key when Performance Insights is on.",
    code: {
      terraform: `resource "aws_db_instance" "app" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.r6g.large"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.rds.arn
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Enabling.html"],
  path: "performance_insights.customer_managed_key",
  ok: (v) => v === true,
  message: (r) => `Database ${r.name} keeps Performance Insights data under the AWS-managed key`,
  applies: onlyWhen("performance_insights.enabled", (v) => v === true, "Performance Insights is off"),
});
