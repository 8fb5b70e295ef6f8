import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayStageAccessLoggingEnabled = settingRule({
  id: "aws-api-gateway-stage-access-logging-enabled",
  title: "API Gateway stages write access logs",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["api_stage"],
  rationale:
    "Access logs record who called which route from where and with what result; without them abuse of a public API, credential stuffing and data scraping leave no trace.",
  remediation: {
    text: "Add an `access_log_settings` block with a CloudWatch Logs or Firehose destination.",
    code: {
      terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  deployment_id = aws_api_gateway_deployment.shop.id
  stage_name    = "prod"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1",
  ],
  path: "access_logging.enabled",
  ok: (v) => v === true,
  message: (r) => `API stage ${r.name} writes no access logs`,
});
