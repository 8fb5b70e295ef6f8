import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayStageTracingEnabled = settingRule({
  id: "aws-api-gateway-stage-tracing-enabled",
  title: "API Gateway REST stages send traces to X-Ray",
  severity: "low",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["api_stage"],
  rationale:
    "X-Ray tracing follows a request through the API and its integrations, which is how unusual call patterns and failing dependencies are investigated.",
  remediation: {
    text: "Set `xray_tracing_enabled = true` on the stage.",
    code: {
      terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.shop.id
  deployment_id        = aws_api_gateway_deployment.shop.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3",
  ],
  path: "tracing.enabled",
  ok: (v) => v === true,
  message: (r) => `API stage ${r.name} does not use X-Ray tracing`,
});
