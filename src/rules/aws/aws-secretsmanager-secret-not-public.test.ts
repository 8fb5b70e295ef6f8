import { ruleTester } from "../testing/tester.ts";
import { awsSecretsmanagerSecretNotPublic } from "./aws-secretsmanager-secret-not-public.ts";

ruleTester(awsSecretsmanagerSecretNotPublic, {
  fail: [
    {
      name: "open policy",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}
`,
      line: 7,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "no policy",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}
`,
    },
  ],
});
