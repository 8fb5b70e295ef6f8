import { ruleTester } from "../testing/tester.ts";
import { awsIamUserSingleAccessKey } from "./aws-iam-user-single-access-key.ts";

ruleTester(awsIamUserSingleAccessKey, {
  fail: [
    {
      name: "two keys",
      format: "terraform",
      files: `resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_access_key" "one" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "two" {
  user = aws_iam_user.alice.name
}
`,
      line: 9,
    },
  ],
  pass: [
    {
      name: "one active key and one inactive",
      format: "terraform",
      files: `resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_access_key" "one" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_access_key" "old" {
  user   = aws_iam_user.alice.name
  status = "Inactive"
}
`,
    },
  ],
});
