import { expectNumber } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamPasswordPolicyPreventsReuse: Rule = {
  id: "aws-iam-password-policy-prevents-reuse",
  title: "The IAM password policy prevents password reuse",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["password_policy"],
  rationale:
    "Without reuse prevention users cycle back to a password that may already have leaked; CIS asks for reuse prevention, and 24 remembered passwords is the common baseline.",
  remediation: {
    text: "Set password_reuse_prevention to 24.",
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
      "reuse_prevention",
      (n) => n !== null && n >= 24,
      (n) =>
        n === null
          ? "The account password policy does not prevent password reuse"
          : `The account password policy remembers only ${n} previous passwords (fewer than 24)`,
    );
  },
};
