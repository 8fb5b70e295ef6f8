import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAdminServicePorts } from "./firewall-restricts-admin-service-ports.ts";

ruleTester(firewallRestrictsAdminServicePorts, {
  fail: [
    {
      name: "SMB open to the world",
      format: "terraform",
      files: `resource "aws_security_group" "files" {
  name = "files"
  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
      line: 7,
      path: "rules.0.sources",
    },
  ],
  pass: [
    {
      name: "Telnet only inside the VPC",
      format: "terraform",
      files: `resource "aws_security_group" "legacy" {
  name = "legacy"
  ingress {
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["172.16.0.0/12"]
  }
}
`,
    },
  ],
});
