import { settingRule } from "./setting-rule.ts";

export const awsOpensearchAuditLoggingEnabled = settingRule({
  id: "aws-opensearch-audit-logging-enabled",
  title: "OpenSearch domains publish audit logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["search_domain"],
  rationale:
    "Audit logs record authentication attempts and access to indices; without them misuse of the data cannot be detected or investigated.",
  remediation: {
    text: "Publish `AUDIT_LOGS` to CloudWatch Logs (requires fine-grained access control).",
    code: {
      terraform: `resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:os-audit"
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/security.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-5",
  ],
  path: "audit_logging",
  ok: (v) => v === true,
  message: (r) => `OpenSearch domain ${r.name} does not publish audit logs`,
});
