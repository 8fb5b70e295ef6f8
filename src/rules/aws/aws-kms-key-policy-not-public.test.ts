import { ruleTester } from "../testing/tester.ts";
import { awsKmsKeyPolicyNotPublic } from "./aws-kms-key-policy-not-public.ts";

ruleTester(awsKmsKeyPolicyNotPublic, {
  fail: [
    {
      name: "Principal * with kms:*",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = "*", Action = "kms:*", Resource = "*" },
    ]
  })
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "account root only",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "kms:*", Resource = "*" },
    ]
  })
}
`,
    },
    {
      name: "* restricted by kms:CallerAccount",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "*" }, Action = ["kms:Decrypt"], Resource = "*", Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } } },
    ]
  })
}
`,
    },
    {
      name: "default key policy",
      format: "terraform",
      files: `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}
`,
    },
  ],
});
