import { ruleTester } from "../testing/tester.ts";
import { awsElbDeletionProtectionEnabled } from "./aws-elb-deletion-protection-enabled.ts";

ruleTester(awsElbDeletionProtectionEnabled, {
  fail: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
      line: 1,
      path: "deletion_protection",
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  enable_deletion_protection = true
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
    },
  ],
});
