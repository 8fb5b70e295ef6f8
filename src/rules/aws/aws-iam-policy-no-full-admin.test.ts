import { ruleTester } from "../testing/tester.ts";
import { awsIamPolicyNoFullAdmin } from "./aws-iam-policy-no-full-admin.ts";

ruleTester(awsIamPolicyNoFullAdmin, {
  fail: [
    {
      name: "customer policy with Action * Resource *",
      format: "terraform",
      files: `resource "aws_iam_policy" "admin" {
  name = "everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}
`,
      line: 3,
    },
    {
      name: "role with AdministratorAccess attached",
      format: "terraform",
      files: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`,
      line: 11,
      path: "policies.0",
    },
    {
      name: "inline role policy via policy document",
      format: "terraform",
      files: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_iam_policy_document" "all" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "all" {
  name   = "all"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.all.json
}
`,
      message: "every action",
    },
  ],
  pass: [
    {
      name: "scoped policy",
      format: "terraform",
      files: `resource "aws_iam_policy" "read" {
  name = "read"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" }]
  })
}
`,
    },
    {
      name: "role with a read-only managed policy",
      format: "terraform",
      files: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "ro" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    },
  ],
});
