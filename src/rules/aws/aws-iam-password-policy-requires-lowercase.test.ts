import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyRequiresLowercase } from "./aws-iam-password-policy-requires-lowercase.ts";

ruleTester(awsIamPasswordPolicyRequiresLowercase, {
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
  require_lowercase_characters = false
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
  require_lowercase_characters = true
}
`,
    },
  ],
});
