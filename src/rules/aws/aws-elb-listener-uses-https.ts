import { isUnknown } from "../../model/value.ts";
import { settingRule } from "./setting-rule.ts";

export const awsElbListenerUsesHttps = settingRule({
  id: "aws-elb-listener-uses-https",
  title: "Load balancer HTTP listeners redirect to HTTPS",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["load_balancer_listener"],
  rationale:
    "A plain HTTP listener that serves content sends cookies, tokens and form data in clear text across the internet; the only acceptable HTTP listener on an ALB is one that redirects to HTTPS.",
  remediation: {
    text: "Serve over HTTPS with an ACM certificate, and make the HTTP listener's default action a redirect to HTTPS.",
    code: {
      terraform: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1",
  ],
  path: "redirects_to_https",
  ok: (v, r) => v === true || r.config["protocol"] !== "HTTP",
  message: (r) => `Listener ${r.name} serves plain HTTP without redirecting to HTTPS`,
  applies: (r) => (isUnknown(r.config["protocol"]) ? r.config["protocol"] : undefined),
});
