import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsManagementPorts } from "./firewall-restricts-management-ports.ts";

ruleTester(firewallRestrictsManagementPorts, {
  fail: [
    {
      name: "inline ingress opens SSH to the world",
      format: "terraform",
      files: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.main.id
  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 13,
      path: "rules.0.sources",
    },
    {
      name: "separate rule opens RDP to all IPv6 addresses",
      format: "terraform",
      files: `resource "aws_security_group" "win" {
  name = "win"
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = aws_security_group.win.id
}
`,
      line: 10,
      path: "rules.0.sources",
    },
    {
      name: "new-style ingress rule with a port range spanning 22",
      format: "terraform",
      files: `resource "aws_security_group" "ops" {
  name = "ops"
}

resource "aws_vpc_security_group_ingress_rule" "range" {
  security_group_id = aws_security_group.ops.id
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 1024
  cidr_ipv4         = "0.0.0.0/0"
}
`,
      line: 10,
      path: "rules.0.sources",
    },
    {
      name: "all protocols from the world",
      format: "terraform",
      files: `resource "aws_security_group" "open" {
  name = "open"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}
`,
      line: 7,
      path: "rules.0.sources",
    },
    {
      name: "network ACL allows SSH from anywhere",
      format: "terraform",
      files: `resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
`,
      line: 11,
      path: "rules.0.sources",
    },
  ],
  pass: [
    {
      name: "SSH only from the VPN range",
      format: "terraform",
      files: `resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
    {
      name: "ICMP from anywhere carries no ports",
      format: "terraform",
      files: `resource "aws_security_group" "ping" {
  name = "ping"
  ingress {
    from_port   = -1
    to_port     = -1
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
    },
    {
      name: "NACL denies SSH before allowing everything",
      format: "terraform",
      files: `resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  ingress {
    rule_no    = 90
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 91
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }
  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
`,
    },
    {
      name: "SSH from another security group",
      format: "terraform",
      files: `resource "aws_security_group" "bastion" {
  name = "bastion"
}

resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group_rule" "ssh" {
  type                     = "ingress"
  from_port                = 22
  to_port                  = 22
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.bastion.id
  security_group_id        = aws_security_group.app.id
}
`,
    },
  ],
});
