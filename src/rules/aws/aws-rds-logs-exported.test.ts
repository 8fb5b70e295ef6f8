import { ruleTester } from "../testing/tester.ts";
import { awsRdsLogsExported } from "./aws-rds-logs-exported.ts";

ruleTester(awsRdsLogsExported, {
  fail: [
    {
      name: "no exports",
      format: "terraform",
      files: `resource "aws_db_instance" "app" {
  identifier     = "app"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}
`,
      line: 1,
      path: "logging.enabled",
    },
  ],
  pass: [
    {
      name: "Aurora cluster exports audit logs",
      format: "terraform",
      files: `resource "aws_rds_cluster" "orders" {
  cluster_identifier              = "orders"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}
`,
    },
  ],
});
