import { ruleTester } from "../testing/tester.ts";
import { awsEcsTaskEnvHasNoPlaintextSecrets } from "./aws-ecs-task-env-has-no-plaintext-secrets.ts";

ruleTester(awsEcsTaskEnvHasNoPlaintextSecrets, {
  fail: [
    {
      name: "API key in environment",
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
      environment            = [{ name = "STRIPE_API_KEY", value = "sk_live_51H8xyzexample" }]
    }
  ])
}
`,
      line: 7,
      path: "env_secret_names",
    },
  ],
  pass: [
    {
      name: "secret from Secrets Manager",
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
      secrets                = [{ name = "STRIPE_API_KEY", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:stripe" }]
    }
  ])
}
`,
    },
  ],
});
