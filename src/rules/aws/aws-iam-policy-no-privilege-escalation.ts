import { allowsBroadly, escalationPaths } from "./iam-policy/index.ts";
import { identityDocuments } from "./iam-policy/identity-documents.ts";
import { failAll, skip, undetermined, type Rule } from "../rule.ts";

export const awsIamPolicyNoPrivilegeEscalation: Rule = {
  id: "aws-iam-policy-no-privilege-escalation",
  title: "IAM policies do not allow privilege escalation",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_policy", "iam_role", "iam_user", "iam_group"],
  rationale:
    "Some permissions let an identity grant itself more: rewriting or attaching policies, creating credentials " +
    "for other users, or passing a privileged role to a service it controls. Held on every resource they are " +
    "as good as administrator access. The documents of an identity are judged together, so a combination " +
    "split across two policies is found too.",
  remediation: {
    text:
      "Remove the escalation actions, or scope them to specific resources and guard them with conditions " +
      "(permission boundaries, iam:PassedToService).",
    code: {
      terraform: `resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = "arn:aws:iam::111122223333:role/app-runtime"
      Condition = { StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_permissions-boundaries.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
  ],
  check(resource) {
    const read = identityDocuments(resource);
    if (!read) return skip("no permission documents in this source");
    const docs = read.docs.map((d) => d.doc);
    const paths = escalationPaths(docs);
    if (paths.length === 0 && read.unknown !== undefined) return undetermined(read.unknown);
    return failAll(
      paths.map((p) => {
        // Point at the first document granting one of the path's actions.
        const at = read.docs.find((d) => p.actions.some((a) => allowsBroadly([d.doc], a)));
        return {
          message: `${resource.name} can escalate privileges with ${p.actions.join(" + ")}: ${p.how}`,
          path: `policies.${at?.index ?? 0}`,
        };
      }),
    );
  },
};
