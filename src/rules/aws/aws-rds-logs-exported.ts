import { settingRule, onlyNative } from "./setting-rule.ts";

export const awsRdsLogsExported = settingRule({
  id: "aws-rds-logs-exported",
  title: "RDS, Neptune and DocumentDB databases export their logs to CloudWatch Logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["database_instance"],
  rationale:
    "Database error, audit and slow-query logs kept only on the instance rotate away quickly and cannot be searched or alarmed on; exported to CloudWatch they support investigation and detection of brute force and injection.",
  remediation: {
    text: 'List the engine\'s log types in `enabled_cloudwatch_logs_exports` (for example `postgresql`, or `audit`, `error`, `slowquery` for MySQL; `audit` and `profiler` for DocumentDB), or `enable_cloudwatch_logs_exports = ["audit"]` on a Neptune cluster.',
    code: {
      terraform: `resource "aws_db_instance" "app" {
  identifier                      = "app"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9",
    "https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html",
    "https://docs.aws.amazon.com/documentdb/latest/developerguide/cloud_watch.html",
  ],
  path: "logging.enabled",
  ok: (v) => v === true,
  message: (r) => `Database ${r.name} exports no logs to CloudWatch Logs`,
  applies: onlyNative("aws_db_instance", "aws_rds_cluster", "aws_neptune_cluster", "aws_docdb_cluster"),
});
