import { containsUnknown, isValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type Rule } from "../rule.ts";

/** Front-end protocols of a classic ELB listener that carry traffic in clear text. */
const PLAIN = new Set(["HTTP", "TCP"]);

export const awsElbClassicListenersUseTls: Rule = {
  id: "aws-elb-classic-listeners-use-tls",
  title: "Classic load balancer listeners accept HTTPS or SSL only",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "A classic ELB listener on HTTP or TCP carries requests, session cookies and credentials in clear text " +
    "between clients and the load balancer. Classic ELBs cannot redirect HTTP to HTTPS, so a plain listener " +
    "serves the application unencrypted rather than bouncing clients to TLS.",
  remediation: {
    text: 'Listen with `lb_protocol = "HTTPS"` (or `SSL`) and an ACM certificate, or move to an ALB that redirects HTTP to HTTPS.',
    code: {
      terraform: `resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-3",
  ],
  check(r) {
    if (r.config["lb_type"] !== "classic")
      return skip("only classic load balancers list their listeners inline");
    const listeners = r.config["listeners"];
    if (!Array.isArray(listeners)) return skip("listeners are not expressed by this source");
    if (containsUnknown(listeners)) return undetermined("a listener's protocol is computed at apply time");
    return failAll(
      listeners.flatMap((l, i) =>
        isValueMap(l) && typeof l["protocol"] === "string" && PLAIN.has(l["protocol"])
          ? [
              {
                message: `Classic load balancer ${r.name} accepts ${l["protocol"]} on port ${String(l["port"])}`,
                path: `listeners.${i}`,
              },
            ]
          : [],
      ),
    );
  },
};
