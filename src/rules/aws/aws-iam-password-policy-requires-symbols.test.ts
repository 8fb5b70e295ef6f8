import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyRequiresSymbols } from "./aws-iam-password-policy-requires-symbols.ts";

ruleTester(awsIamPasswordPolicyRequiresSymbols, {
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
  require_symbols = false
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
  require_symbols = true
}
`,
    },
  ],
});
