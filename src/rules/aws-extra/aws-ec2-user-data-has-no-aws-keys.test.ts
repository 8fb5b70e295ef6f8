import { ruleTester } from "../testing/tester.ts";
import { awsEc2UserDataHasNoAwsKeys } from "./aws-ec2-user-data-has-no-aws-keys.ts";

const instance = (userData: string): string => `resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
${userData}
  EOT
}
`;

ruleTester(awsEc2UserDataHasNoAwsKeys, {
  fail: [
    {
      name: "access key ID exported in a bootstrap script",
      format: "terraform",
      files: instance(`    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    aws s3 cp s3://acme-config/app.conf /etc/app.conf`),
      line: 4,
      path: "user_data",
    },
    {
      name: "secret access key written to a credentials file",
      format: "terraform",
      files: instance(`    #!/bin/bash
    cat > /root/.aws/credentials <<CREDS
    [default]
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    CREDS`),
      line: 4,
      path: "user_data",
    },
    {
      name: "launch template with a temporary key ID",
      format: "terraform",
      files: `resource "aws_launch_template" "web" {
  name_prefix = "web"
  user_data   = base64encode("export AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE")
}
`,
      line: 3,
      path: "user_data",
    },
  ],
  pass: [
    {
      name: "bootstrap relying on the instance profile, with a commit digest of 40 characters",
      format: "terraform",
      files: instance(`    #!/bin/bash
    git -C /opt/app checkout 3f786850e387550fdab836ed7e6dc881de23001b
    aws s3 cp s3://acme-config/app.conf /etc/app.conf`),
    },
    {
      name: "launch template with a base64 script that uses the instance profile",
      format: "terraform",
      files: `resource "aws_launch_template" "web" {
  name_prefix = "web"
  user_data   = base64encode("aws s3 cp s3://acme-config/app.conf /etc/app.conf")
}
`,
    },
    {
      name: "key-like text that is not a key",
      format: "terraform",
      files: instance(`    echo AKIAIOSFODNN7EXAMPLEXX is too long to be a key ID`),
    },
  ],
});
