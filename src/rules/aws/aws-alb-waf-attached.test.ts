import { ruleTester } from "../testing/tester.ts";
import { awsAlbWafAttached } from "./aws-alb-waf-attached.ts";

ruleTester(awsAlbWafAttached, {
  fail: [
    {
      name: "no association",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`,
      line: 1,
      path: "waf_attached",
    },
  ],
  pass: [
    {
      name: "WAFv2 association",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/web/abc"
}
`,
    },
  ],
});
