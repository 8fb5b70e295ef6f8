import { settingRule } from "./setting-rule.ts";

export const awsOpensearchNotPublic = settingRule({
  id: "aws-opensearch-not-public",
  title: "OpenSearch access policies do not grant access to everyone",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["search_domain"],
  rationale:
    "A public domain whose access policy allows any principal without an IP or account condition can be queried, and often written and deleted, by anyone on the internet.",
  remediation: {
    text: "Place the domain in a VPC, or restrict its access policy to named principals or source IP ranges.",
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
  references: ["https://docs.aws.amazon.com/opensearch-service/latest/developerguide/security.html"],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `OpenSearch domain ${r.name} access policy grants access to any principal`,
});
