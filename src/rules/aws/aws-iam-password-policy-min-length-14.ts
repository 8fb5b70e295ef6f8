import { expectNumber } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamPasswordPolicyMinLength14: Rule = {
  id: "aws-iam-password-policy-min-length-14",
  title: "The IAM password policy requires at least 14 characters",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["password_policy"],
  rationale:
    "Length is the strongest defence against password guessing; CIS requires a minimum of 14 characters (the IAM default is 6).",
  remediation: {
    text: "Set minimum_password_length to 14 or more.",
    code: {
      terraform: `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  password_reuse_prevention      = 24
  max_password_age               = 90
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  allow_users_to_change_password = true
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
  ],
  check(resource) {
    return expectNumber(
      resource,
      "min_length",
      (n) => n !== null && n >= 14,
      (n) => `The account password policy allows passwords of ${n ?? 6} characters (fewer than 14)`,
    );
  },
};
