import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayWafAttached } from "./aws-api-gateway-waf-attached.ts";

ruleTester(awsApiGatewayWafAttached, {
  fail: [
    {
      name: "no web ACL",
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
      line: 9,
      path: "waf_attached",
    },
  ],
  pass: [
    {
      name: "WAFv2 association",
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

resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/abc"
}
`,
    },
  ],
});
