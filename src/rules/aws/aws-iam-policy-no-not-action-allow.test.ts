import { ruleTester } from "../testing/tester.ts";
import { awsIamPolicyNoNotActionAllow } from "./aws-iam-policy-no-not-action-allow.ts";

ruleTester(awsIamPolicyNoNotActionAllow, {
  fail: [
    {
      name: "Allow NotAction iam:*",
      format: "terraform",
      files: `resource "aws_iam_policy" "power" {
  name = "power"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }]
  })
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "Deny with NotAction is fine",
      format: "terraform",
      files: `resource "aws_iam_policy" "guard" {
  name = "guard"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-reports/*" },
      { Effect = "Deny", NotAction = ["iam:ChangePassword"], Resource = "*", Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } } },
    ]
  })
}
`,
    },
  ],
});
