import { settingRule, onlyWhen } from "./setting-rule.ts";

export const awsAlbDropsInvalidHeaders = settingRule({
  id: "aws-alb-drops-invalid-headers",
  title: "Application load balancers drop invalid HTTP headers",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "Forwarding headers with invalid names lets clients smuggle ambiguous requests to targets that parse them differently (HTTP desync / request smuggling).",
  remediation: {
    text: "Set `drop_invalid_header_fields = true`.",
    code: {
      terraform: `resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  drop_invalid_header_fields = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4",
  ],
  path: "drop_invalid_headers",
  ok: (v) => v === true,
  message: (r) => `Load balancer ${r.name} forwards invalid HTTP headers`,
  applies: onlyWhen("lb_type", (v) => v === "application", "applies to application load balancers only"),
});
