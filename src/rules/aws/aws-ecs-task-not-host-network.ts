import { settingRule } from "./setting-rule.ts";

export const awsEcsTaskNotHostNetwork = settingRule({
  id: "aws-ecs-task-not-host-network",
  title: "ECS tasks do not share the host network",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["container_task"],
  rationale:
    "Host network mode removes network isolation between the container and the instance: the container can bind host ports, see host traffic and reach the instance metadata service as the host.",
  remediation: {
    text: 'Use `network_mode = "awsvpc"` so each task gets its own interface and security groups.',
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
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-1",
  ],
  path: "host_network",
  ok: (v) => v === false,
  message: (r) => `ECS task definition ${r.name} uses host network mode`,
});
