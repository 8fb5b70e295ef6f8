import { settingRule } from "./setting-rule.ts";

export const awsOpensearchInVpc = settingRule({
  id: "aws-opensearch-in-vpc",
  title: "OpenSearch domains are deployed in a VPC",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["search_domain"],
  rationale:
    "A domain outside a VPC has a public endpoint guarded only by its access policy; in a VPC it is reachable only through the network and its security groups.",
  remediation: {
    text: "Add `vpc_options` with private subnets and security groups (a domain cannot be moved into a VPC after creation).",
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2",
  ],
  path: "in_network",
  ok: (v) => v === true,
  message: (r) => `OpenSearch domain ${r.name} has a public endpoint (no vpc_options)`,
});
