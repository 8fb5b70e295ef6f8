import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayDomainUsesTls12 = settingRule({
  id: "aws-api-gateway-domain-uses-tls-1-2",
  title: "API Gateway custom domains require TLS 1.2 or later",
  severity: "medium",
  category: "encryption",
  providers: ["aws"],
  resource_types: ["api_domain"],
  rationale:
    "TLS 1.0 and 1.1 have known weaknesses and are disallowed by PCI DSS; v1 custom domains accept them unless the security policy says TLS_1_2.",
  remediation: {
    text: 'Set `security_policy = "TLS_1_2"` on the domain name.',
    code: {
      terraform: `resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = aws_acm_certificate.api.arn
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html",
  ],
  path: "min_tls_version",
  ok: (v) => typeof v === "string" && /^1\.[23]/.test(v),
  message: (r, v) => `API domain ${r.name} accepts TLS ${String(v)}`,
});
