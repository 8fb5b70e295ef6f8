import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyMinLength14 } from "./aws-iam-password-policy-min-length-14.ts";

ruleTester(awsIamPasswordPolicyMinLength14, {
  fail: [
    {
      name: "default of 6",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  require_symbols = true
}
`,
      line: 1,
    },
    {
      name: "8 characters",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 8
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "14 characters",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
`,
    },
  ],
});
