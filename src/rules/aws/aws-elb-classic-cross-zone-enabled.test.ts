import { ruleTester } from "../testing/tester.ts";
import { awsElbClassicCrossZoneEnabled } from "./aws-elb-classic-cross-zone-enabled.ts";

ruleTester(awsElbClassicCrossZoneEnabled, {
  fail: [
    {
      name: "cross-zone balancing turned off",
      format: "terraform",
      files: `resource "aws_elb" "web" {
  name                      = "web"
  availability_zones        = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = false

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 443
    instance_protocol = "tcp"
  }
}
`,
      line: 4,
    },
  ],
  pass: [
    {
      name: "left at the provider default (on)",
      format: "terraform",
      files: `resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    lb_port           = 443
    lb_protocol       = "tcp"
    instance_port     = 443
    instance_protocol = "tcp"
  }
}
`,
    },
  ],
});
