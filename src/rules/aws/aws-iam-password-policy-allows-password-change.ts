import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamPasswordPolicyAllowsPasswordChange: Rule = {
  id: "aws-iam-password-policy-allows-password-change",
  title: "IAM users may change their own password",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["password_policy"],
  rationale:
    "If users cannot change their own password, a password they suspect has leaked stays valid until an administrator acts.",
  remediation: {
    text: "Set allow_users_to_change_password = true.",
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
      "allow_users_to_change",
      true,
      "The account password policy does not let users change their own password",
    );
  },
};
