import type { Rule } from "../rule.ts";
import { expectSetting, isFalse } from "./expect-setting.ts";

export const computeInstanceHasNoPublicIp: Rule = {
  id: "compute-instance-has-no-public-ip",
  title: "Compute instances have no public IP address",
  severity: "medium",
  category: "public_exposure",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["compute_instance"],
  rationale:
    "An instance with a public address is one firewall mistake away from the internet and is scanned " +
    "constantly. Instances should sit in private subnets behind load balancers, NAT and bastions. An EC2 " +
    "instance launched without a subnet lands in the default VPC, whose subnets assign public addresses.",
  remediation: {
    text: "Launch the instance in a private subnet without a public address; publish services through a load balancer.",
    code: {
      terraform: `resource "aws_instance" "app" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "public_ip",
      isFalse,
      `Instance ${resource.name} gets a public IP address`,
    );
  },
};
