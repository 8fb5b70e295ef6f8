import { ruleTester } from "../testing/tester.ts";
import { awsAlbDropsInvalidHeaders } from "./aws-alb-drops-invalid-headers.ts";

ruleTester(awsAlbDropsInvalidHeaders, {
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
      path: "drop_invalid_headers",
    },
    {
      name: "explicit false on aws_alb",
      format: "terraform",
      files: `resource "aws_alb" "api" {
  name                       = "api"
  subnets                    = ["subnet-0123456789abcdef0"]
  drop_invalid_header_fields = false
}
`,
      line: 4,
      path: "drop_invalid_headers",
    },
  ],
  pass: [
    {
      name: "drops invalid headers",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  drop_invalid_header_fields = true
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
    },
  ],
});
