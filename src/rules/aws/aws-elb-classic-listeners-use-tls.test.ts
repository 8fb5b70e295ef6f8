import { ruleTester } from "../testing/tester.ts";
import { awsElbClassicListenersUseTls } from "./aws-elb-classic-listeners-use-tls.ts";

ruleTester(awsElbClassicListenersUseTls, {
  fail: [
    {
      name: "HTTP listener beside an HTTPS one",
      format: "terraform",
      files: `resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/5e1c7a52-3a0e-4f43-9a42-3b0c1d2e3f4a"
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}
`,
      line: 15,
      path: "listeners.1",
      message: "port 80",
    },
  ],
  pass: [
    {
      name: "SSL listener only",
      format: "terraform",
      files: `resource "aws_elb" "mq" {
  name               = "mq"
  availability_zones = ["eu-west-1a"]

  listener {
    lb_port            = 5671
    lb_protocol        = "ssl"
    instance_port      = 5671
    instance_protocol  = "ssl"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/5e1c7a52-3a0e-4f43-9a42-3b0c1d2e3f4a"
  }
}
`,
    },
  ],
});
