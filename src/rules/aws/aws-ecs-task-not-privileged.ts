import { settingRule } from "./setting-rule.ts";

export const awsEcsTaskNotPrivileged = settingRule({
  id: "aws-ecs-task-not-privileged",
  title: "ECS containers do not run privileged",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["container_task"],
  rationale:
    "A privileged container has all Linux capabilities and access to host devices; a compromise of the application is a compromise of the host and of every other task on it.",
  remediation: {
    text: "Remove `privileged = true` and add only the specific capabilities the container needs.",
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4",
  ],
  path: "privileged",
  ok: (v) => v === false,
  message: (r) => `ECS task definition ${r.name} runs a privileged container`,
});
