import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyRequiresUppercase } from "./aws-iam-password-policy-requires-uppercase.ts";

ruleTester(awsIamPasswordPolicyRequiresUppercase, {
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
  require_uppercase_characters = false
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
  require_uppercase_characters = true
}
`,
    },
  ],
});
