import type { Rule } from "../rule.ts";
import { firewallLabel, judgeExposure } from "./firewall-exposure.ts";

export const firewallRestrictsManagementPorts: Rule = {
  id: "firewall-restricts-management-ports",
  title: "Firewalls do not allow SSH or RDP from the internet",
  severity: "critical",
  category: "network",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["firewall_rule"],
  rationale:
    "SSH (22) and RDP (3389) open to 0.0.0.0/0 expose every host behind the firewall to continuous password " +
    "spraying and exploit attempts; internet-wide scanners find such ports within minutes. Administrative " +
    "access belongs behind a bastion, VPN, identity-aware proxy or session manager.",
  remediation: {
    text:
      "Restrict the source of SSH and RDP rules to known administrative networks, or remove the rule and use " +
      "AWS Systems Manager Session Manager, Azure Bastion or GCP IAP TCP forwarding.",
    code: {
      terraform: `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.20.0.0/16"] # the VPN range, never 0.0.0.0/0
  security_group_id = aws_security_group.admin.id
}`,
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0",
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13",
    "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html",
  ],
  check(resource) {
    const r = judgeExposure(
      resource,
      [
        { port: 22, name: "SSH" },
        { port: 3389, name: "RDP" },
      ],
      (i, what, source) => `${firewallLabel(resource)} allows ${source} to reach ${what} (rule ${i})`,
    );
    return r;
  },
};
