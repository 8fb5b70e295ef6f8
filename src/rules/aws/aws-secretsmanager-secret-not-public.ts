import { settingRule } from "./setting-rule.ts";

export const awsSecretsmanagerSecretNotPublic = settingRule({
  id: "aws-secretsmanager-secret-not-public",
  title: "Secrets Manager resource policies do not grant access to everyone",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["secret"],
  rationale: "A secret policy allowing any principal lets any AWS account read the credential.",
  remediation: {
    text: "Grant named roles or accounts only, or remove the resource policy.",
    code: {
      terraform: `resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn = aws_secretsmanager_secret.db.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.app.arn }
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html",
  ],
  path: "public_access",
  ok: (v) => v === false,
  message: (r) => `Secret ${r.name} policy grants access to any principal`,
});
