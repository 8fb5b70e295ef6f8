import { ruleTester } from "../testing/tester.ts";
import { awsVpcSubnetDoesNotAssignPublicIp } from "./aws-vpc-subnet-does-not-assign-public-ip.ts";

ruleTester(awsVpcSubnetDoesNotAssignPublicIp, {
  fail: [
    {
      name: "map_public_ip_on_launch = true",
      format: "terraform",
      files: `resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}
`,
      line: 4,
      path: "public_ip_on_launch",
    },
  ],
  pass: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.2.0/24"
}
`,
    },
  ],
});
