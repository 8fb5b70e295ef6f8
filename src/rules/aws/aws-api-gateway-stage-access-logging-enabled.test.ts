import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayStageAccessLoggingEnabled } from "./aws-api-gateway-stage-access-logging-enabled.ts";

ruleTester(awsApiGatewayStageAccessLoggingEnabled, {
  fail: [
    {
      name: "REST stage without access logs",
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
}
`,
      line: 9,
      path: "access_logging.enabled",
    },
    {
      name: "HTTP API stage without access logs",
      format: "terraform",
      files: `resource "aws_apigatewayv2_api" "web" {
  name          = "web"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.web.id
  name        = "$default"
  auto_deploy = true
}
`,
      path: "access_logging.enabled",
    },
  ],
  pass: [
    {
      name: "REST stage with access logs",
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
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:shop-access"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}
`,
    },
  ],
});
