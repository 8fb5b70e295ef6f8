import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyAllowsPasswordChange } from "./aws-iam-password-policy-allows-password-change.ts";

ruleTester(awsIamPasswordPolicyAllowsPasswordChange, {
  fail: [
    {
      name: "change disallowed",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  allow_users_to_change_password = false
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "default allows change",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
`,
    },
  ],
});
