import { ruleTester } from "../testing/tester.ts";
import { computeInstanceHasNoPublicIp } from "./compute-instance-has-no-public-ip.ts";

ruleTester(computeInstanceHasNoPublicIp, {
  fail: [
    {
      name: "explicit public address",
      format: "terraform",
      files: `resource "aws_instance" "web" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0123456789abcdef0"
  associate_public_ip_address = true
}
`,
      line: 5,
      path: "public_ip",
    },
    {
      name: "subnet assigns public addresses on launch",
      format: "terraform",
      files: `resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}

resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.public.id
}
`,
      line: 4,
      path: "public_ip",
    },
  ],
  pass: [
    {
      name: "private subnet",
      format: "terraform",
      files: `resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.2.0/24"
}

resource "aws_instance" "app" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.private.id
}
`,
    },
    {
      name: "launch template turns the address off",
      format: "terraform",
      files: `resource "aws_launch_template" "app" {
  name_prefix = "app-"
  image_id    = "ami-0abcdef1234567890"
  network_interfaces {
    associate_public_ip_address = false
  }
}
`,
    },
  ],
});
