import { ruleTester } from "../testing/tester.ts";
import { awsEcsTaskReadOnlyRootFilesystem } from "./aws-ecs-task-read-only-root-filesystem.ts";

ruleTester(awsEcsTaskReadOnlyRootFilesystem, {
  fail: [
    {
      name: "writable root",
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
      readonlyRootFilesystem = false
      environment            = [{ name = "LOG_LEVEL", value = "info" }]
    }
  ])
}
`,
      line: 7,
      path: "read_only_root_fs",
    },
  ],
  pass: [
    {
      name: "read-only root",
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
