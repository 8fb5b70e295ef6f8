import { settingRule } from "./setting-rule.ts";

export const awsApiGatewayExecutionLoggingEnabled = settingRule({
  id: "aws-api-gateway-execution-logging-enabled",
  title: "API Gateway REST stages log execution errors",
  severity: "medium",
  category: "logging_monitoring",
  providers: ["aws"],
  resource_types: ["api_stage"],
  rationale:
    "Execution logs (level ERROR or INFO) record authorizer failures, integration errors and throttling, which are the signals of attacks against the API and of its misbehaviour.",
  remediation: {
    text: 'Add `aws_api_gateway_method_settings` for `*/*` with `logging_level = "ERROR"` or `"INFO"`.',
    code: {
      terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1",
  ],
  path: "execution_logging.enabled",
  ok: (v) => v === true,
  message: (r) => `API stage ${r.name} does not log execution errors`,
});
