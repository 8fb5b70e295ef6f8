import { ruleTester } from "../testing/tester.ts";
import { awsOpensearchNotPublic } from "./aws-opensearch-not-public.ts";

ruleTester(awsOpensearchNotPublic, {
  fail: [
    {
      name: "public endpoint with open policy",
      format: "terraform",
      files: `resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/logs/*"
    }]
  })
}
`,
      line: 4,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "IP-restricted policy",
      format: "terraform",
      files: `resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/logs/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}
`,
    },
  ],
});
