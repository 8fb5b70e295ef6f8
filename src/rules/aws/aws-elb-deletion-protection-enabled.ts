import { settingRule } from "./setting-rule.ts";

export const awsElbDeletionProtectionEnabled = settingRule({
  id: "aws-elb-deletion-protection-enabled",
  title: "Load balancers have deletion protection",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "Deleting a production load balancer takes the service offline and frees its DNS name; deletion protection stops that happening through a mistaken apply or a compromised credential.",
  remediation: {
    text: "Set `enable_deletion_protection = true`.",
    code: {
      terraform: `resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = var.public_subnet_ids
  enable_deletion_protection = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6",
  ],
  path: "deletion_protection",
  ok: (v) => v === true,
  message: (r) => `Load balancer ${r.name} has no deletion protection`,
});
