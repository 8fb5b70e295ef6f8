import { ruleTester } from "../testing/tester.ts";
import { awsLambdaEnvHasNoPlaintextSecrets } from "./aws-lambda-env-has-no-plaintext-secrets.ts";

ruleTester(awsLambdaEnvHasNoPlaintextSecrets, {
  fail: [
    {
      name: "password written in the variables",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      DB_HOST     = "db.internal"
      DB_PASSWORD = "hunter2-production"
    }
  }
}
`,
      line: 8,
      path: "env_secret_names",
    },
  ],
  pass: [
    {
      name: "secret ARN and non-secret settings",
      format: "terraform",
      files: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      DB_HOST            = "db.internal"
      DB_PASSWORD_SECRET = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"
      API_TOKEN_ARN      = "arn:aws:ssm:eu-west-1:111122223333:parameter/api-token"
    }
  }
}
`,
    },
  ],
});
