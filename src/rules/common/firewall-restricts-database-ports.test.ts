import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsDatabasePorts } from "./firewall-restricts-database-ports.ts";

ruleTester(firewallRestrictsDatabasePorts, {
  fail: [
    {
      name: "classic DB security group admitting the whole internet",
      format: "terraform",
      files: `resource "aws_db_security_group" "legacy" {
  name = "legacy-db"

  ingress {
    cidr = "10.0.0.0/8"
  }

  ingress {
    cidr = "0.0.0.0/0"
  }
}
`,
      line: 9,
      path: "rules.1.sources",
    },
    {
      name: "PostgreSQL open to the world",
      format: "terraform",
      files: `resource "aws_security_group" "db" {
  name = "db"
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 7,
      path: "rules.0.sources",
    },
    {
      name: "standalone rule whose group is elsewhere opens Redis",
      format: "terraform",
      files: `resource "aws_security_group_rule" "redis" {
  type              = "ingress"
  from_port         = 6379
  to_port           = 6379
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = var.cache_sg_id
}

variable "cache_sg_id" {
  type = string
}
`,
      line: 6,
      path: "rules.0.sources",
    },
  ],
  pass: [
    {
      name: "classic DB security group admitting a private range only",
      format: "terraform",
      files: `resource "aws_db_security_group" "legacy" {
  name = "legacy-db"

  ingress {
    cidr = "10.0.0.0/8"
  }
}
`,
    },
    {
      name: "MySQL only from the application subnet",
      format: "terraform",
      files: `resource "aws_security_group" "db" {
  name = "db"
  ingress {
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["10.0.1.0/24"]
  }
}
`,
    },
    {
      name: "HTTPS open to the world is not a database port",
      format: "terraform",
      files: `resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
`,
    },
  ],
});
