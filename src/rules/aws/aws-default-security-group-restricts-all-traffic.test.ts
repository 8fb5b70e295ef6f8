import { ruleTester } from "../testing/tester.ts";
import { awsDefaultSecurityGroupRestrictsAllTraffic } from "./aws-default-security-group-restricts-all-traffic.ts";

ruleTester(awsDefaultSecurityGroupRestrictsAllTraffic, {
  fail: [
    {
      name: "default group keeps a self-referencing ingress rule",
      format: "terraform",
      files: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
}
`,
      line: 5,
      path: "rules",
    },
  ],
  pass: [
    {
      name: "default group with no rules",
      format: "terraform",
      files: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
`,
    },
  ],
});
