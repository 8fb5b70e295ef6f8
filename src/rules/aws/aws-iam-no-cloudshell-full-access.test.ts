import { ruleTester } from "../testing/tester.ts";
import { awsIamNoCloudshellFullAccess } from "./aws-iam-no-cloudshell-full-access.ts";

ruleTester(awsIamNoCloudshellFullAccess, {
  fail: [
    {
      name: "group with CloudShell full access",
      format: "terraform",
      files: `resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "shell" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
}
`,
    },
  ],
  pass: [
    {
      name: "group with read-only access",
      format: "terraform",
      files: `resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "ro" {
  group      = aws_iam_group.ops.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    },
  ],
});
