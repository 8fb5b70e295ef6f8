import { identityDocuments } from "./iam-policy/identity-documents.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import { fullAdminStatements } from "./iam-policy/index.ts";
import type { Rule } from "../rule.ts";

export const awsIamPolicyNoFullAdmin: Rule = {
  id: "aws-iam-policy-no-full-admin",
  title: "IAM policies do not grant full administrative access (*:*)",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_policy", "iam_role", "iam_user", "iam_group"],
  rationale:
    "A statement allowing every action on every resource makes whoever holds it an administrator: a leaked key or a compromised workload then owns the account. CIS asks that no such policy be attached.",
  remediation: {
    text: "Grant only the actions and resources the identity needs; reserve administrator access for a break-glass role protected by MFA.",
    code: {
      terraform: `resource "aws_iam_policy" "app" {
  name = "app-read-reports"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::acme-reports/*" }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"],
  check(resource) {
    const read = identityDocuments(resource);
    if (!read) return skip("no permission documents in this source");
    const failures: Failure[] = [];
    for (const { doc, index } of read.docs) {
      if (fullAdminStatements(doc).length > 0)
        failures.push({
          message: `${resource.name} grants every action on every resource (*:*)`,
          path: `policies.${index}`,
        });
    }
    if (failures.length === 0 && read.unknown !== undefined) return undetermined(read.unknown);
    return failAll(failures);
  },
};
