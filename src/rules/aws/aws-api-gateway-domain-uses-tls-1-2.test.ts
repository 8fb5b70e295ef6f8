import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayDomainUsesTls12 } from "./aws-api-gateway-domain-uses-tls-1-2.ts";

ruleTester(awsApiGatewayDomainUsesTls12, {
  fail: [
    {
      name: "TLS 1.0 policy",
      format: "terraform",
      files: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
  security_policy          = "TLS_1_0"
}
`,
      line: 4,
      path: "min_tls_version",
    },
    {
      name: "no policy: TLS 1.0 default",
      format: "terraform",
      files: `resource "aws_api_gateway_domain_name" "legacy" {
  domain_name     = "legacy.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
}
`,
      path: "min_tls_version",
    },
  ],
  pass: [
    {
      name: "TLS 1.2",
      format: "terraform",
      files: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
  security_policy          = "TLS_1_2"
}
`,
    },
    {
      name: "HTTP API domain",
      format: "terraform",
      files: `resource "aws_apigatewayv2_domain_name" "api" {
  domain_name = "api.example.com"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}
`,
    },
  ],
});
