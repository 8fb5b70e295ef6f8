import { ruleTester } from "../testing/tester.ts";
import { awsIamRoleCrossAccountTrustRequiresExternalId } from "./aws-iam-role-cross-account-trust-requires-external-id.ts";

ruleTester(awsIamRoleCrossAccountTrustRequiresExternalId, {
  fail: [
    {
      name: "another account's root without conditions",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sts:AssumeRole" }]
  })
}
`,
      line: 3,
      message: "444455556666",
    },
    {
      name: "an empty external id is a placeholder, not a guard",
      format: "terraform",
      files: `resource "aws_iam_role" "vendor" {
  name               = "vendor"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": {
    "Effect": "Allow",
    "Principal": { "AWS": "arn:aws:iam::444455556666:root" },
    "Action": "sts:AssumeRole",
    "Condition": { "StringEquals": { "sts:ExternalId": "" } }
  }
}
EOF
}
`,
      message: "444455556666",
    },
  ],
  pass: [
    {
      name: "external id required",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "sts:AssumeRole", Condition = { StringEquals = { "sts:ExternalId" = "3f1c9a" } } }]
  })
}
`,
    },
    {
      name: "MFA required",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "444455556666" }, Action = "sts:AssumeRole", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } }]
  })
}
`,
    },
  ],
});
