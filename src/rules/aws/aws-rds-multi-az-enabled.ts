import { settingRule } from "./setting-rule.ts";

export const awsRdsMultiAzEnabled = settingRule({
  id: "aws-rds-multi-az-enabled",
  title: "RDS instances are deployed across availability zones",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "A single-AZ instance is unavailable, and may lose recent writes, when its zone or host fails; Multi-AZ keeps a synchronous standby and fails over automatically.",
  remediation: {
    text: "Set `multi_az = true` for production instances.",
    code: {
      terraform: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  multi_az       = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5",
  ],
  path: "multi_az",
  ok: (v) => v === true,
  message: (r) => `Database ${r.name} runs in a single availability zone`,
});
