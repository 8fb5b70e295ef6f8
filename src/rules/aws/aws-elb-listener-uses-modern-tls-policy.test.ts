import { ruleTester } from "../testing/tester.ts";
import { awsElbListenerUsesModernTlsPolicy } from "./aws-elb-listener-uses-modern-tls-policy.ts";

ruleTester(awsElbListenerUsesModernTlsPolicy, {
  fail: [
    {
      name: "classic ELB custom policy turning on TLSv1 beside TLSv1.2",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "legacy-web"
  policy_name        = "legacy-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }
}
`,
      line: 11,
      path: "protocols.1",
    },
    {
      name: "classic ELB custom policy copying an old predefined policy",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "legacy-web"
  policy_name        = "legacy-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}
`,
      line: 6,
    },
    {
      name: "default policy on HTTPS",
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
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/abc"
  }
}
`,
      path: "tls_policy",
    },
    {
      name: "TLS 1.0 policy on an NLB",
      format: "terraform",
      files: `resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-0-2015-04"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tcp/abc"
  }
}
`,
      line: 11,
      path: "tls_policy",
    },
  ],
  pass: [
    {
      name: "classic ELB custom policy with TLSv1.2 only, other protocols written false",
      format: "terraform",
      files: `resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = "web"
  policy_name        = "web-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }

  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
}
`,
    },
    {
      name: "TLS 1.3 policy",
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
    {
      name: "plain TCP listener carries no TLS",
      format: "terraform",
      files: `resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 5432
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tcp/abc"
  }
}
`,
    },
  ],
});
