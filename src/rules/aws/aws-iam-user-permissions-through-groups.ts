import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsIamUserPermissionsThroughGroups: Rule = {
  id: "aws-iam-user-permissions-through-groups",
  title: "IAM users receive permissions only through groups",
  severity: "low",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_user"],
  rationale:
    "Permissions attached directly to users are hard to review and are forgotten when people change roles; granting them through groups keeps access consistent and auditable.",
  remediation: {
    text: "Move the user's policies to a group and add the user to it.",
    code: {
      terraform: `resource "aws_iam_group_policy_attachment" "readers" {
  group      = aws_iam_group.readers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.readers.name]
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html"],
  check(resource) {
    const arns = resource.config["managed_policy_arns"];
    const policies = resource.config["policies"];
    if (policies === undefined) return skip("no permission documents in this source");
    if (isUnknown(arns)) return undetermined(`attached policies: ${arns.reason}`);
    const count = Math.max(
      Array.isArray(policies) ? policies.length : 0,
      Array.isArray(arns) ? arns.length : 0,
    );
    if (count === 0) return pass();
    return fail(
      `User ${resource.name} has ${count} policies attached directly instead of through a group`,
      "policies.0",
    );
  },
};
