import { settingRule } from "./setting-rule.ts";

export const awsOpensearchNodeToNodeEncryptionEnabled = settingRule({
  id: "aws-opensearch-node-to-node-encryption-enabled",
  title: "OpenSearch domains encrypt traffic between nodes",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["search_domain"],
  rationale:
    "Without node-to-node encryption, documents and queries travel between cluster nodes in clear text inside the VPC.",
  remediation: {
    text: "Add `node_to_node_encryption { enabled = true }`.",
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3",
  ],
  path: "node_to_node_encryption",
  ok: (v) => v === true,
  message: (r) => `OpenSearch domain ${r.name} does not encrypt node-to-node traffic`,
});
