import { ruleTester } from "../testing/tester.ts";
import { awsIamPolicyPassroleRestricted } from "./aws-iam-policy-passrole-restricted.ts";

ruleTester(awsIamPolicyPassroleRestricted, {
  fail: [
    {
      name: "PassRole on *",
      format: "terraform",
      files: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "pass" {
  name = "pass"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:PassRole", "ec2:RunInstances"], Resource = "*" }]
  })
}
`,
      line: 12,
    },
    {
      name: "iam:* grants PassRole too",
      format: "terraform",
      files: `resource "aws_iam_policy" "iam" {
  name   = "iam-all"
  policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"iam:*\\",\\"Resource\\":\\"*\\"}]}"
}
`,
    },
  ],
  pass: [
    {
      name: "PassRole on one role",
      format: "terraform",
      files: `resource "aws_iam_policy" "pass" {
  name = "pass"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = "arn:aws:iam::111122223333:role/app-runtime" }]
  })
}
`,
    },
    {
      name: "PassRole on * denied explicitly",
      format: "terraform",
      files: `resource "aws_iam_policy" "pass" {
  name = "pass"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "iam:*", Resource = "*" },
      { Effect = "Deny", Action = "iam:PassRole", Resource = "*" },
    ]
  })
}
`,
    },
  ],
});
