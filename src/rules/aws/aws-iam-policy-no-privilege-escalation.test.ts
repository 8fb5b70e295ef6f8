import { ruleTester } from "../testing/tester.ts";
import { awsIamPolicyNoPrivilegeEscalation } from "./aws-iam-policy-no-privilege-escalation.ts";

const role = `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
`;

ruleTester(awsIamPolicyNoPrivilegeEscalation, {
  fail: [
    {
      name: "iam:CreatePolicyVersion on *",
      format: "terraform",
      files: `resource "aws_iam_policy" "p" {
  name = "p"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:CreatePolicyVersion", Resource = "*" }]
  })
}
`,
      line: 3,
      message: "iam:CreatePolicyVersion",
    },
    {
      name: "PassRole and lambda create+invoke split over two role policies",
      format: "terraform",
      files:
        role +
        `
resource "aws_iam_role_policy" "pass" {
  name = "pass"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "*" }]
  })
}

resource "aws_iam_role_policy" "lambda" {
  name = "lambda"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" }]
  })
}
`,
      message: "lambda:CreateFunction",
    },
    {
      name: "wildcard iam:Put* covers PutUserPolicy",
      format: "terraform",
      files: `resource "aws_iam_group" "devs" {
  name = "devs"
}

resource "aws_iam_group_policy" "devs" {
  name  = "devs"
  group = aws_iam_group.devs.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:Put*", Resource = "*" }]
  })
}
`,
      line: 8,
    },
  ],
  pass: [
    {
      name: "lambda create without PassRole",
      format: "terraform",
      files:
        role +
        `
resource "aws_iam_role_policy" "lambda" {
  name = "lambda"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" }]
  })
}
`,
    },
    {
      name: "CreateAccessKey only on the caller's own user",
      format: "terraform",
      files: `resource "aws_iam_policy" "self" {
  name = "self-service"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "arn:aws:iam::111122223333:user/$\${aws:username}" }]
  })
}
`,
    },
  ],
});
