import { expectNumber } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamPasswordPolicyExpiresPasswords: Rule = {
  id: "aws-iam-password-policy-expires-passwords",
  title: "The IAM password policy expires passwords within 90 days",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["password_policy"],
  rationale:
    "Expiring passwords bounds how long a leaked password stays useful; the AWS security best-practice policy expires them within 90 days.",
  remediation: {
    text: "Set max_password_age to 90 or fewer days.",
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
      "max_age_days",
      (n) => n !== null && n <= 90,
      (n) =>
        n === null
          ? "The account password policy never expires passwords"
          : `The account password policy lets passwords live ${n} days (more than 90)`,
    );
  },
};
