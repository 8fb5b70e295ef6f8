import { ruleTester } from "../testing/tester.ts";
import { awsLambdaTracingEnabled } from "./aws-lambda-tracing-enabled.ts";

ruleTester(awsLambdaTracingEnabled, {
  fail: [
    {
      name: "PassThrough",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  tracing_config {
    mode = "PassThrough"
  }
}
`,
      line: 8,
      path: "tracing.enabled",
    },
  ],
  pass: [
    {
      name: "Active",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  tracing_config {
    mode = "Active"
  }
}
`,
    },
  ],
});
