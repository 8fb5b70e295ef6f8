import { settingRule } from "./setting-rule.ts";

export const awsEcsTaskReadOnlyRootFilesystem = settingRule({
  id: "aws-ecs-task-read-only-root-filesystem",
  title: "ECS containers use a read-only root filesystem",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["container_task"],
  rationale:
    "A writable root filesystem lets an attacker who gains code execution drop tools and persist changes in the container; read-only roots confine writes to declared volumes.",
  remediation: {
    text: "Set `readonlyRootFilesystem = true` and mount volumes for paths that need writes.",
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
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5",
  ],
  path: "read_only_root_fs",
  ok: (v) => v === true,
  message: (r) => `ECS task definition ${r.name} has a container with a writable root filesystem`,
});
