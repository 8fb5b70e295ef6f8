import { ruleTester } from "../testing/tester.ts";
import { awsIamUserPermissionsThroughGroups } from "./aws-iam-user-permissions-through-groups.ts";

ruleTester(awsIamUserPermissionsThroughGroups, {
  fail: [
    {
      name: "inline user policy",
      format: "terraform",
      files: `resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "alice" {
  name = "alice"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "*" }]
  })
}
`,
      line: 8,
    },
    {
      name: "managed policy attached to the user",
      format: "terraform",
      files: `resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy_attachment" "alice" {
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    },
  ],
  pass: [
    {
      name: "user with no direct policies",
      format: "terraform",
      files: `resource "aws_iam_user" "alice" {
  name = "alice"
}
`,
    },
  ],
});
