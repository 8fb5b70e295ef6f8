import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyRequiresNumbers } from "./aws-iam-password-policy-requires-numbers.ts";

ruleTester(awsIamPasswordPolicyRequiresNumbers, {
  fail: [
    {
      name: "not required (default)",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
`,
      line: 1,
    },
    {
      name: "explicitly off",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
  require_numbers = false
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "required",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
  require_numbers = true
}
`,
    },
  ],
});
