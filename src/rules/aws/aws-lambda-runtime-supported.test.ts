import { ruleTester } from "../testing/tester.ts";
import { awsLambdaRuntimeSupported } from "./aws-lambda-runtime-supported.ts";

ruleTester(awsLambdaRuntimeSupported, {
  fail: [
    {
      name: "python3.7",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "python3.7"
  filename      = "api.zip"
}
`,
      line: 5,
      path: "runtime",
    },
  ],
  pass: [
    {
      name: "nodejs20.x",
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
