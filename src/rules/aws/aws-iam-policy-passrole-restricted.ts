import { identityDocuments } from "./iam-policy/identity-documents.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import { allowsBroadly } from "./iam-policy/index.ts";
import type { Rule } from "../rule.ts";

export const awsIamPolicyPassroleRestricted: Rule = {
  id: "aws-iam-policy-passrole-restricted",
  title: "IAM policies do not allow iam:PassRole on every role",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_policy", "iam_role", "iam_user", "iam_group"],
  rationale:
    "iam:PassRole on `*` lets the holder hand any role, including administrator roles, to a service it controls (an instance, a function, a stack) and act with that role's permissions.",
  remediation: {
    text: "Scope iam:PassRole to the specific role ARNs the workload needs, and add an iam:PassedToService condition.",
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
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html"],
  check(resource) {
    const read = identityDocuments(resource);
    if (!read) return skip("no permission documents in this source");
    const failures: Failure[] = [];
    for (const { doc, index } of read.docs) {
      if (allowsBroadly([doc], "iam:PassRole"))
        failures.push({
          message: `${resource.name} allows iam:PassRole on every role`,
          path: `policies.${index}`,
        });
    }
    if (failures.length === 0 && read.unknown !== undefined) return undetermined(read.unknown);
    return failAll(failures);
  },
};
