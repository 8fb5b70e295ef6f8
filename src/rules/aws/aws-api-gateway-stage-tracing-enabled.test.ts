import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayStageTracingEnabled } from "./aws-api-gateway-stage-tracing-enabled.ts";

ruleTester(awsApiGatewayStageTracingEnabled, {
  fail: [
    {
      name: "tracing off",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  deployment_id = aws_api_gateway_deployment.shop.id
  stage_name    = "prod"
  xray_tracing_enabled = false
}
`,
      line: 13,
      path: "tracing.enabled",
    },
  ],
  pass: [
    {
      name: "tracing on",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  deployment_id = aws_api_gateway_deployment.shop.id
  stage_name    = "prod"
  xray_tracing_enabled = true
}
`,
    },
  ],
});
