import { ruleTester } from "../testing/tester.ts";
import { awsEc2BlockDevicesEncrypted } from "./aws-ec2-block-devices-encrypted.ts";

ruleTester(awsEc2BlockDevicesEncrypted, {
  fail: [
    {
      name: "launch configuration with an unencrypted data volume",
      format: "terraform",
      files: `resource "aws_launch_configuration" "app" {
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdb"
    volume_size = 100
    encrypted   = false
  }
}
`,
      line: 10,
      path: "disk_encryption.enabled",
    },
    {
      name: "new data volume without encryption",
      format: "terraform",
      files: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
  }
}
`,
      line: 7,
      path: "disk_encryption.enabled",
    },
  ],
  pass: [
    {
      name: "every device encrypted",
      format: "terraform",
      files: `resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdb"
    encrypted   = true
  }
}
`,
    },
    {
      name: "account default encryption",
      format: "terraform",
      files: `resource "aws_ebs_encryption_by_default" "on" {}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
`,
    },
  ],
});
