import { ruleTester } from "../testing/tester.ts";
import { awsAmiEncrypted } from "./aws-ami-encrypted.ts";

ruleTester(awsAmiEncrypted, {
  fail: [
    {
      name: "AMI with an unencrypted device",
      format: "terraform",
      files: `resource "aws_ami" "app" {
  name                = "app"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    volume_size = 8
    encrypted   = false
  }
}
`,
      line: 8,
      path: "encryption.enabled",
    },
  ],
  pass: [
    {
      name: "AMI with encrypted devices",
      format: "terraform",
      files: `resource "aws_ami" "app" {
  name                = "app"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    volume_size = 8
    encrypted   = true
  }
}
`,
    },
  ],
});
