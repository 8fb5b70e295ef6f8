import { ruleTester } from "../testing/tester.ts";
import { awsEc2Imdsv2Required } from "./aws-ec2-imdsv2-required.ts";

ruleTester(awsEc2Imdsv2Required, {
  fail: [
    {
      name: "instance without metadata_options (scenario B)",
      format: "terraform",
      files: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.large"
  iam_instance_profile = aws_iam_instance_profile.app.name
}
`,
      path: "metadata_service.v2_required",
    },
    {
      name: "http_tokens optional",
      format: "terraform",
      files: `resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}
`,
      line: 6,
      path: "metadata_service.v2_required",
    },
    {
      name: "launch template without http_tokens",
      format: "terraform",
      files: `resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "m6i.large"
  metadata_options {
    http_endpoint = "enabled"
  }
}
`,
      line: 5,
      path: "metadata_service.v2_required",
    },
  ],
  pass: [
    {
      name: "tokens required",
      format: "terraform",
      files: `resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}
`,
    },
    {
      name: "metadata endpoint disabled",
      format: "terraform",
      files: `resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_endpoint = "disabled"
  }
}
`,
    },
  ],
});
