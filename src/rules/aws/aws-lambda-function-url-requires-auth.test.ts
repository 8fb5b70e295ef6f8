import { ruleTester } from "../testing/tester.ts";
import { awsLambdaFunctionUrlRequiresAuth } from "./aws-lambda-function-url-requires-auth.ts";

ruleTester(awsLambdaFunctionUrlRequiresAuth, {
  fail: [
    {
      name: "URL with auth NONE",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
}
`,
      line: 11,
      path: "public_url",
    },
  ],
  pass: [
    {
      name: "URL with IAM auth",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
}
`,
    },
  ],
});
