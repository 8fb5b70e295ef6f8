import { ruleTester } from "../testing/tester.ts";
import { awsApiGatewayPolicyNotPublic } from "./aws-api-gateway-policy-not-public.ts";

const api = `resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}
`;

const policy = (statement: string): string => `${api}
resource "aws_api_gateway_rest_api_policy" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
`;

ruleTester(awsApiGatewayPolicyNotPublic, {
  fail: [
    {
      name: "separate policy allowing every principal",
      format: "terraform",
      files: policy(`{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "execute-api:*"
      Resource  = "*"
    }`),
      line: 7,
      path: "public_policy",
    },
    {
      name: "inline policy with Principal *",
      format: "terraform",
      files: `resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }]
  })
}
`,
      line: 3,
      path: "public_policy",
    },
  ],
  pass: [
    {
      name: "everyone, but only through one VPC endpoint",
      format: "terraform",
      files: policy(`{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
    }`),
    },
    {
      name: "one named account",
      format: "terraform",
      files: policy(`{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "execute-api:Invoke"
      Resource  = "*"
    }`),
    },
    {
      name: "an API without a policy",
      format: "terraform",
      files: api,
    },
  ],
});
