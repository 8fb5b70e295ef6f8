import { settingRule, onlyNative } from "./setting-rule.ts";

export const awsRedshiftAuditLoggingEnabled = settingRule({
  id: "aws-redshift-audit-logging-enabled",
  title: "Redshift clusters record audit logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "Redshift audit logs record connections, users and queries; without them unauthorized access to the warehouse cannot be detected or investigated.",
  remediation: {
    text: "Enable audit logging to S3 or CloudWatch with `aws_redshift_logging` (provider v5+) or the `logging` block.",
    code: {
      terraform: `resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4",
  ],
  path: "logging.enabled",
  ok: (v) => v === true,
  message: (r) => `Redshift cluster ${r.name} does not record audit logs`,
  applies: onlyNative("aws_redshift_cluster"),
});
