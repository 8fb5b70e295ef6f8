import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsDefaultSecurityGroupRestrictsAllTraffic = settingRule({
  id: "aws-default-security-group-restricts-all-traffic",
  title: "Default security groups allow no traffic",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["firewall_rule"],
  rationale:
    "Resources launched without an explicit group land in the VPC's default security group. If it allows traffic, they are silently reachable; CIS requires the default group to have no inbound or outbound rules so that every resource gets a deliberately designed group.",
  remediation: {
    text: "Manage the default security group with `aws_default_security_group` and no ingress or egress blocks, which removes all its rules.",
    code: {
      terraform: `resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
  # no ingress or egress blocks: Terraform removes every rule
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2",
  ],
  path: "rules",
  ok: (v) => Array.isArray(v) && v.length === 0,
  message: (r, v) =>
    `Default security group ${r.name} has ${Array.isArray(v) ? v.length : 0} rule(s); it should allow no traffic`,
  applies: onlyWhen("is_default", (v) => v === true, "not a default security group"),
});
