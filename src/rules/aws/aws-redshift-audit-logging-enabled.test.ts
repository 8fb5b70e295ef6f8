import { ruleTester } from "../testing/tester.ts";
import { awsRedshiftAuditLoggingEnabled } from "./aws-redshift-audit-logging-enabled.ts";

ruleTester(awsRedshiftAuditLoggingEnabled, {
  fail: [
    {
      name: "logging block disabled",
      format: "terraform",
      files: `resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
  logging {
    enable = false
  }
}
`,
      line: 6,
      path: "logging.enabled",
    },
  ],
  pass: [
    {
      name: "separate logging resource",
      format: "terraform",
      files: `resource "aws_redshift_cluster" "dw" {
  cluster_identifier  = "dw"
  node_type           = "ra3.xlplus"
  publicly_accessible = false
}

resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog"]
}
`,
    },
  ],
});
