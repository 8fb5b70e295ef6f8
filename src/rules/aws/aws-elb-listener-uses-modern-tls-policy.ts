import { isModernElbPolicy } from "./elb-tls-policies.ts";
import { settingRule } from "./setting-rule.ts";

export const awsElbListenerUsesModernTlsPolicy = settingRule({
  id: "aws-elb-listener-uses-modern-tls-policy",
  title: "Load balancer TLS listeners use a policy without TLS 1.0/1.1",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["load_balancer_listener"],
  rationale:
    "ELB security policies older than the TLS 1.2 family (including the default ELBSecurityPolicy-2016-08) still negotiate TLS 1.0 and 1.1 and weak CBC ciphers, which PCI DSS and most baselines forbid.",
  remediation: {
    text: "Use `ELBSecurityPolicy-TLS13-1-2-2021-06` (or another TLS 1.2+ policy, FIPS variants included).",
    code: {
      terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17",
  ],
  path: "tls_policy",
  ok: (v) => v === null || (typeof v === "string" && isModernElbPolicy(v)),
  message: (r, v) => `Listener ${r.name} uses ${String(v)}, which allows TLS 1.0/1.1`,
});
