import { settingRule } from "./setting-rule.ts";

export const awsVpcSubnetDoesNotAssignPublicIp = settingRule({
  id: "aws-vpc-subnet-does-not-assign-public-ip",
  title: "Subnets do not assign public IP addresses automatically",
  severity: "medium",
  category: "network",
  providers: ["aws"],
  resource_types: ["subnet"],
  rationale:
    "A subnet that maps public IPs on launch gives every instance started in it an internet-routable address, whether or not the workload needs one; one permissive security group then exposes it.",
  remediation: {
    text: "Set `map_public_ip_on_launch = false` and give public addresses explicitly (Elastic IPs, load balancers) where needed.",
    code: {
      terraform: `resource "aws_subnet" "app" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = false
}`,
      cli: "aws ec2 modify-subnet-attribute --subnet-id <id> --no-map-public-ip-on-launch",
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
    "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15",
  ],
  path: "public_ip_on_launch",
  ok: (v) => v === false,
  message: (r) => `Subnet ${r.name} assigns public IP addresses to instances on launch`,
});
