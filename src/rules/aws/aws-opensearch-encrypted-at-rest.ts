import { settingRule } from "./setting-rule.ts";

export const awsOpensearchEncryptedAtRest = settingRule({
  id: "aws-opensearch-encrypted-at-rest",
  title: "OpenSearch domains encrypt data at rest",
  severity: "high",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["search_domain"],
  rationale:
    "Indices, logs and automated snapshots of a domain without encryption at rest are stored in the clear.",
  remediation: {
    text: "Add `encrypt_at_rest { enabled = true }` (set at creation for older engine versions).",
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1",
  ],
  path: "encryption.enabled",
  ok: (v) => v === true,
  message: (r) => `OpenSearch domain ${r.name} does not encrypt data at rest`,
});
