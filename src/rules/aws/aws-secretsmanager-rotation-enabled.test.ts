import { ruleTester } from "../testing/tester.ts";
import { awsSecretsmanagerRotationEnabled } from "./aws-secretsmanager-rotation-enabled.ts";

ruleTester(awsSecretsmanagerRotationEnabled, {
  fail: [
    {
      name: "no rotation",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}
`,
      line: 1,
      path: "rotation.enabled",
    },
  ],
  pass: [
    {
      name: "rotation resource",
      format: "terraform",
      files: `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-db"
  rotation_rules {
    automatically_after_days = 30
  }
}
`,
    },
  ],
});
