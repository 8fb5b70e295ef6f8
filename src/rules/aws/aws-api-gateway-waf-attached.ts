import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayWafAttached = settingRule({
  id: "aws-api-gateway-waf-attached",
  title: "API Gateway REST stages are protected by AWS WAF",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["api_stage"],
  rationale:
    "A web ACL in front of a public API blocks common exploits (SQL injection, known bad inputs), abusive clients and request floods before they reach the backend.",
  remediation: {
    text: "Associate a WAFv2 web ACL with the stage ARN.",
    code: {
      terraform: `resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4",
  ],
  path: "waf_attached",
  ok: (v) => v === true,
  message: (r) => `API stage ${r.name} has no WAF web ACL`,
});
