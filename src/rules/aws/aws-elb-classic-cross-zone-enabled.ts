import { settingRule } from "./setting-rule.ts";

export const awsElbClassicCrossZoneEnabled = settingRule({
  id: "aws-elb-classic-cross-zone-enabled",
  title: "Classic load balancers balance across Availability Zones",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "Without cross-zone load balancing a classic ELB splits traffic evenly per Availability Zone, so the " +
    "instances of a zone with fewer healthy targets are overloaded, and losing targets in one zone degrades " +
    "the service instead of shifting its load: an availability risk the AWS Foundational Best Practices flag.",
  remediation: {
    text: "Remove `cross_zone_load_balancing = false` (the provider turns it on by default) or set it to true.",
    code: {
      terraform: `resource "aws_elb" "web" {
  name                      = "web"
  availability_zones        = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = true

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
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-9",
  ],
  path: "cross_zone",
  ok: (v) => v === true,
  message: (r) => `Classic load balancer ${r.name} does not balance across Availability Zones`,
});
