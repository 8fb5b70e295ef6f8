import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyExpiresPasswords } from "./aws-iam-password-policy-expires-passwords.ts";

ruleTester(awsIamPasswordPolicyExpiresPasswords, {
  fail: [
    {
      name: "never expires",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
`,
      line: 1,
    },
    {
      name: "one year",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  max_password_age = 365
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "90 days",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  max_password_age = 90
}
`,
    },
  ],
});
