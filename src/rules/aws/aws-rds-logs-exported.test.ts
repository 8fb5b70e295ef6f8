import { ruleTester } from "../testing/tester.ts";
import { awsRdsLogsExported } from "./aws-rds-logs-exported.ts";

ruleTester(awsRdsLogsExported, {
  fail: [
    {
      name: "DocumentDB cluster exporting only the profiler log",
      format: "terraform",
      files: `resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["profiler"]
}
`,
      line: 3,
    },
    {
      name: "Neptune cluster exporting no audit log",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}
`,
      line: 1,
    },
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
      name: "Neptune spells the argument enable_cloudwatch_logs_exports",
      format: "terraform",
      files: `resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["audit"]
}
`,
    },
    {
      name: "DocumentDB cluster exporting audit and profiler logs",
      format: "terraform",
      files: `resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}
`,
    },
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
