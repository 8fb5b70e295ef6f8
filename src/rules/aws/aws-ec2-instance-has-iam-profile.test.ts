import { ruleTester } from "../testing/tester.ts";
import { awsEc2InstanceHasIamProfile } from "./aws-ec2-instance-has-iam-profile.ts";

ruleTester(awsEc2InstanceHasIamProfile, {
  fail: [
    {
      name: "no profile",
      format: "terraform",
      files: `resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
`,
      line: 1,
      path: "identity",
    },
  ],
  pass: [
    {
      name: "profile attached",
      format: "terraform",
      files: `resource "aws_instance" "worker" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = "worker"
}
`,
    },
  ],
});
