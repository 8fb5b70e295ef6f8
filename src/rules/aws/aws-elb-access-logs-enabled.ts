import { settingRule } from "./setting-rule.ts";

export const awsElbAccessLogsEnabled = settingRule({
  id: "aws-elb-access-logs-enabled",
  title: "Load balancers write access logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["load_balancer"],
  rationale:
    "Access logs record every request's client address, path, status and TLS details; they are the record needed to investigate attacks against anything behind the balancer.",
  remediation: {
    text: "Add an `access_logs` block with `enabled = true` and an S3 bucket that allows the ELB log delivery principal.",
    code: {
      terraform: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "web"
    enabled = true
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5",
  ],
  path: "access_logs.enabled",
  ok: (v) => v === true,
  message: (r) => `Load balancer ${r.name} writes no access logs`,
});
