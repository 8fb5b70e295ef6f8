import { ruleTester } from "../testing/tester.ts";
import { awsElbListenerUsesHttps } from "./aws-elb-listener-uses-https.ts";

ruleTester(awsElbListenerUsesHttps, {
  fail: [
    {
      name: "HTTP forwarding listener",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}
`,
      line: 10,
      path: "redirects_to_https",
    },
    {
      name: "protocol omitted on an ALB listener (HTTP)",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_alb_listener" "plain" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}
`,
      path: "redirects_to_https",
    },
  ],
  pass: [
    {
      name: "redirect to HTTPS",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
`,
    },
    {
      name: "HTTPS listener",
      format: "terraform",
      files: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}
`,
    },
  ],
});
