import { ruleTester } from "../testing/tester.ts";
import { awsElbAccessLogsEnabled } from "./aws-elb-access-logs-enabled.ts";

ruleTester(awsElbAccessLogsEnabled, {
  fail: [
    {
      name: "block present but not enabled",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  access_logs {
    bucket = "acme-lb-logs"
  }
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
      line: 4,
      path: "access_logs.enabled",
    },
    {
      name: "classic ELB without logs",
      format: "terraform",
      files: `resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]
  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}
`,
      path: "access_logs.enabled",
    },
  ],
  pass: [
    {
      name: "enabled",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  access_logs {
    bucket  = "acme-lb-logs"
    enabled = true
  }
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
    },
  ],
});
