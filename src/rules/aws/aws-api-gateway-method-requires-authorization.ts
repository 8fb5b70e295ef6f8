import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayMethodRequiresAuthorization = settingRule({
  id: "aws-api-gateway-method-requires-authorization",
  title: "API methods and routes require authorization",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["api_method"],
  rationale:
    "A method with authorization NONE and no API key can be called by anyone on the internet; unless the endpoint is deliberately public, the backend is exposed without authentication.",
  remediation: {
    text: "Use an IAM, Cognito, Lambda (CUSTOM) or JWT authorizer; CORS preflight (OPTIONS) methods are exempt.",
    code: {
      terraform: `resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.cognito.id
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
  ],
  path: "authorization",
  ok: (v, r) =>
    v !== "NONE" || r.config["http_method"] === "OPTIONS" || r.config["api_key_required"] === true,
  message: (r) => `API method ${r.name} (${String(r.config["http_method"])}) requires no authorization`,
});
