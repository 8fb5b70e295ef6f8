import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamPasswordPolicyRequiresLowercase: Rule = {
  id: "aws-iam-password-policy-requires-lowercase",
  title: "The IAM password policy requires a lowercase letter",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["password_policy"],
  rationale:
    "Requiring a lowercase letter widens the space of possible passwords and slows down guessing; it is part of the AWS security best-practice password policy.",
  remediation: {
    text: "Set require_lowercase_characters = true in the account password policy.",
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
    return expectBool(
      resource,
      "require_lowercase",
      true,
      "The account password policy does not require a lowercase letter",
    );
  },
};
