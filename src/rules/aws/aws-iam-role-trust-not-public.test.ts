import { ruleTester } from "../testing/tester.ts";
import { awsIamRoleTrustNotPublic } from "./aws-iam-role-trust-not-public.ts";

ruleTester(awsIamRoleTrustNotPublic, {
  fail: [
    {
      name: "Principal AWS *",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole" }]
  })
}
`,
      line: 3,
      path: "trust_policy",
    },
    {
      name: "Principal * via policy document",
      format: "terraform",
      files: `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "x" {
  name               = "open"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`,
    },
  ],
  pass: [
    {
      name: "service principal",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
`,
    },
    {
      name: "* restricted to the organization",
      format: "terraform",
      files: `resource "aws_iam_role" "x" {
  name               = "cross"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole", Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } } }]
  })
}
`,
    },
  ],
});
