import { ruleTester } from "../testing/tester.ts";
import { awsIamPasswordPolicyPreventsReuse } from "./aws-iam-password-policy-prevents-reuse.ts";

ruleTester(awsIamPasswordPolicyPreventsReuse, {
  fail: [
    {
      name: "not set",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  minimum_password_length = 14
}
`,
      line: 1,
    },
    {
      name: "remembers 5",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  password_reuse_prevention = 5
}
`,
      line: 2,
    },
  ],
  pass: [
    {
      name: "24 remembered",
      format: "terraform",
      files: `resource "aws_iam_account_password_policy" "this" {
  password_reuse_prevention = 24
}
`,
    },
  ],
});
