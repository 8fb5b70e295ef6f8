import { onlyWhen as when } from "./setting-rule.ts";

const IS_ALB = when("lb_type", (v) => v === "application", "applies to application load balancers only");
import { settingRule } from "./setting-rule.ts";

export const awsAlbWafAttached = settingRule({
  id: "aws-alb-waf-attached",
  title: "Internet-facing application load balancers are protected by AWS WAF",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "A web ACL filters SQL injection, cross-site scripting, known bad inputs and request floods before they reach the application behind an internet-facing ALB.",
  remediation: {
    text: "Associate a WAFv2 web ACL with the load balancer.",
    code: {
      terraform: `resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16",
  ],
  path: "waf_attached",
  ok: (v) => v === true,
  message: (r) => `Load balancer ${r.name} is internet-facing without a WAF web ACL`,
  applies: (r) => IS_ALB(r) ?? (r.config["internal"] === true ? "internal load balancer" : undefined),
});
