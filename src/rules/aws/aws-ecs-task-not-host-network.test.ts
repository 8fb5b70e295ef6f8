import { ruleTester } from "../testing/tester.ts";
import { awsEcsTaskNotHostNetwork } from "./aws-ecs-task-not-host-network.ts";

ruleTester(awsEcsTaskNotHostNetwork, {
  fail: [
    {
      name: "host mode",
      format: "terraform",
      files: `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "host"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      essential              = true
      readonlyRootFilesystem = true
      environment            = [{ name = "LOG_LEVEL", value = "info" }]
    }
  ])
}
`,
      line: 4,
      path: "host_network",
    },
  ],
  pass: [
    {
      name: "awsvpc",
      format: "terraform",
      files: `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
      essential              = true
      readonlyRootFilesystem = true
      environment            = [{ name = "LOG_LEVEL", value = "info" }]
    }
  ])
}
`,
    },
  ],
});
