import { ruleTester } from "../testing/tester.ts";
import { awsOpensearchInVpc } from "./aws-opensearch-in-vpc.ts";

ruleTester(awsOpensearchInVpc, {
  fail: [
    {
      name: "insecure setting",
      format: "terraform",
      files: `resource "aws_opensearch_domain" "logs" {
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
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:os-audit"
  }
}
`,
      line: 1,
      path: "in_network",
    },
  ],
  pass: [
    {
      name: "secure domain",
      format: "terraform",
      files: `resource "aws_opensearch_domain" "logs" {
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
}
`,
    },
  ],
});
