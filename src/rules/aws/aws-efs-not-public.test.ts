import { ruleTester } from "../testing/tester.ts";
import { awsEfsNotPublic } from "./aws-efs-not-public.ts";

ruleTester(awsEfsNotPublic, {
  fail: [
    {
      name: "open policy",
      format: "terraform",
      files: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "elasticfilesystem:ClientMount"
      Resource  = "*"
    }]
  })
}
`,
      line: 8,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "no policy",
      format: "terraform",
      files: `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}
`,
    },
  ],
});
