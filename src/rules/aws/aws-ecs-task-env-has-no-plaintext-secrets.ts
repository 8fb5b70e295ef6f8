import { settingRule } from "./setting-rule.ts";

export const awsEcsTaskEnvHasNoPlaintextSecrets = settingRule({
  id: "aws-ecs-task-env-has-no-plaintext-secrets",
  title: "ECS container environments hold no secrets in plain text",
  severity: "high",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["container_task"],
  rationale:
    "Task definition environment values are visible to anyone who can describe task definitions, are kept in every revision forever, and land in Terraform state; credentials belong in `secrets` from Secrets Manager or SSM.",
  remediation: {
    text: "Move the value to Secrets Manager or SSM Parameter Store and reference it under `secrets` with `valueFrom`.",
    code: {
      terraform: `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name                   = "app"
    image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential              = true
    privileged             = false
    readonlyRootFilesystem = true
    secrets                = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
  }])
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8",
  ],
  path: "env_secret_names",
  ok: (v) => Array.isArray(v) && v.length === 0,
  message: (r, v) =>
    `ECS task definition ${r.name} has secrets in plain-text environment variables: ${Array.isArray(v) ? v.join(", ") : ""}`,
});
