import type { Rule } from "../rule.ts";
import { firewallLabel, judgeExposure } from "./firewall-exposure.ts";

export const firewallRestrictsAllPortsFromInternet: Rule = {
  id: "firewall-restricts-all-ports-from-internet",
  title: "Firewalls do not open every port to the internet",
  severity: "high",
  category: "network",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["firewall_rule"],
  rationale:
    "A rule allowing all protocols or all ports from 0.0.0.0/0 exposes every service on the host, including " +
    "ones nobody meant to publish (debug endpoints, agents, databases). It usually starts as a temporary " +
    "troubleshooting change and stays.",
  remediation: {
    text: "Replace the rule with rules for the specific ports the service must publish, such as 443.",
    code: {
      terraform: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"],
  check(resource) {
    return judgeExposure(
      resource,
      "all",
      (i, what, source) => `${firewallLabel(resource)} allows ${source} to reach ${what} (rule ${i})`,
    );
  },
};
