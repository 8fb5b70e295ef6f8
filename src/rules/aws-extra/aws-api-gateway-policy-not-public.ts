import { settingRule } from "../aws/setting-rule.ts";

/**
 * The resource policy of a REST API, inline or from `aws_api_gateway_rest_api_policy`. A policy
 * whose public statements are narrowed by a condition (source IP, VPC endpoint, organization) is
 * not public: the normalizer decides that once for every resource policy.
 */
export const awsApiGatewayPolicyNotPublic = settingRule({
  id: "aws-api-gateway-policy-not-public",
  title: "API Gateway resource policies do not let everyone invoke the API",
  severity: "high",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["api_gateway"],
  rationale:
    "A REST API resource policy that allows any principal without a condition lets anyone on the internet call " +
    "the API, including private APIs reached through any VPC endpoint, bypassing the network boundary the " +
    "policy was meant to draw.",
  remediation: {
    text:
      "Allow only named accounts or roles, or narrow `Principal: *` with a condition such as `aws:SourceVpce`, " +
      "`aws:SourceIp` or `aws:PrincipalOrgID`.",
    code: {
      terraform: `resource "aws_api_gateway_rest_api_policy" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "\${aws_api_gateway_rest_api.orders.execution_arn}/*"
      Condition = { StringEquals = { "aws:SourceVpce" = aws_vpc_endpoint.api.id } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html",
  ],
  path: "public_policy",
  ok: (v) => v === false,
  message: (r) => `API Gateway REST API ${r.name} resource policy lets any principal invoke it`,
});
