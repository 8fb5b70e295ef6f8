import { settingRule } from "./setting-rule.ts";

export const awsLambdaEnvHasNoPlaintextSecrets = settingRule({
  id: "aws-lambda-env-has-no-plaintext-secrets",
  title: "Lambda environment variables hold no secrets in plain text",
  severity: "high",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["function"],
  rationale:
    "Environment variables are readable by anyone with `lambda:GetFunctionConfiguration`, appear in the Terraform state and code repository, and are not rotated. Credentials belong in Secrets Manager or SSM Parameter Store.",
  remediation: {
    text: "Store the secret in Secrets Manager and pass its ARN (read at runtime) instead of the value.",
    code: {
      terraform: `resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.api.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  environment {
    variables = {
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
    }
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
  ],
  path: "env_secret_names",
  ok: (v) => Array.isArray(v) && v.length === 0,
  message: (r, v) =>
    `Lambda function ${r.name} has secrets in plain-text environment variables: ${Array.isArray(v) ? v.join(", ") : ""}`,
});
