import { settingRule } from "./setting-rule.ts";

export const awsSecretsmanagerRotationEnabled = settingRule({
  id: "aws-secretsmanager-rotation-enabled",
  title: "Secrets Manager secrets are rotated automatically",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["secret"],
  rationale:
    "A secret that never rotates stays valid forever once leaked in a log, a laptop or a former employee's notes; automatic rotation limits how long a leaked credential is useful.",
  remediation: {
    text: "Add an `aws_secretsmanager_secret_rotation` with a rotation function and a schedule (90 days or less).",
    code: {
      terraform: `resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate_db.arn
  rotation_rules {
    automatically_after_days = 30
  }
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1",
  ],
  path: "rotation.enabled",
  ok: (v) => v === true,
  message: (r) => `Secret ${r.name} is not rotated automatically`,
});
