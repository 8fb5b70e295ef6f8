import { expectNumber } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsIamUserSingleAccessKey: Rule = {
  id: "aws-iam-user-single-access-key",
  title: "IAM users have at most one active access key",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_user"],
  rationale:
    "Two active keys for one user usually means an old key was never retired; every extra long-lived credential is one more that can leak.",
  remediation: {
    text: "Delete or deactivate all but one access key; prefer roles and short-lived credentials.",
    code: {
      terraform: `resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"],
  check(resource) {
    return expectNumber(
      resource,
      "access_keys",
      (n) => n === null || n <= 1,
      (n) => `User ${resource.name} has ${n} active access keys`,
    );
  },
};
