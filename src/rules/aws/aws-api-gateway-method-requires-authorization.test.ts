import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayMethodRequiresAuthorization } from "./aws-api-gateway-method-requires-authorization.ts";

ruleTester(awsApiGatewayMethodRequiresAuthorization, {
  fail: [
    {
      name: "REST method open",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
  parent_id   = aws_api_gateway_rest_api.shop.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "NONE"
}
`,
      line: 19,
      path: "authorization",
    },
    {
      name: "HTTP API route without authorizer",
      format: "terraform",
      files: `resource "aws_apigatewayv2_api" "web" {
  name          = "web"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "orders" {
  api_id    = aws_apigatewayv2_api.web.id
  route_key = "GET /orders"
}
`,
      path: "authorization",
    },
  ],
  pass: [
    {
      name: "IAM authorization",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  resource_id   = aws_api_gateway_rest_api.shop.root_resource_id
  http_method   = "GET"
  authorization = "AWS_IAM"
}
`,
    },
    {
      name: "CORS preflight",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
}

resource "aws_api_gateway_deployment" "shop" {
  rest_api_id = aws_api_gateway_rest_api.shop.id
}

resource "aws_api_gateway_method" "options" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  resource_id   = aws_api_gateway_rest_api.shop.root_resource_id
  http_method   = "OPTIONS"
  authorization = "NONE"
}
`,
    },
  ],
});
