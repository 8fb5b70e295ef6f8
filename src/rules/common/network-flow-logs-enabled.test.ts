import { ruleTester } from "../testing/tester.ts";
import { networkFlowLogsEnabled } from "./network-flow-logs-enabled.ts";

ruleTester(networkFlowLogsEnabled, {
  fail: [
    {
      name: "VPC without flow logs",
      format: "terraform",
      files: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`,
      line: 1,
      path: "flow_logs.enabled",
    },
  ],
  pass: [
    {
      name: "flow log attached by reference",
      format: "terraform",
      files: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
`,
    },
  ],
});
