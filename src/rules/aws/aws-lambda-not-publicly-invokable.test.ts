import { ruleTester } from "../testing/tester.ts";
import { awsLambdaNotPubliclyInvokable } from "./aws-lambda-not-publicly-invokable.ts";

ruleTester(awsLambdaNotPubliclyInvokable, {
  fail: [
    {
      name: "permission for everyone",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
}

resource "aws_lambda_permission" "any" {
  statement_id  = "AllowAll"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "*"
}
`,
      line: 13,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "service principal with source ARN",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
}

resource "aws_lambda_permission" "apigw" {
  statement_id  = "AllowApiGateway"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "arn:aws:execute-api:eu-west-1:111122223333:abc123/*"
}
`,
    },
    {
      name: "no permissions",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
}
`,
    },
  ],
});
