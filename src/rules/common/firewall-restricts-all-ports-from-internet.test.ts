import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";

ruleTester(firewallRestrictsAllPortsFromInternet, {
  fail: [
    {
      name: "every protocol open in the second rule",
      format: "terraform",
      files: `resource "aws_security_group" "debug" {
  name = "debug"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "all"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 13,
      path: "rules.1.sources",
    },
    {
      name: "full TCP range from anywhere",
      format: "terraform",
      files: `resource "aws_security_group" "wide" {
  name = "wide"
  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "all_tcp" {
  security_group_id = aws_security_group.wide.id
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv6         = "::/0"
}
`,
      path: "rules.1.sources",
    },
  ],
  pass: [
    {
      name: "ephemeral range only",
      format: "terraform",
      files: `resource "aws_security_group" "nat" {
  name = "nat"
  ingress {
    from_port   = 1024
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
    {
      name: "all traffic from the VPC only",
      format: "terraform",
      files: `resource "aws_security_group" "internal" {
  name = "internal"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
  ],
});
