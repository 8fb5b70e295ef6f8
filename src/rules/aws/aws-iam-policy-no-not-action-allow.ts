import { identityDocuments } from "./iam-policy/identity-documents.ts";
import { failAll, skip, undetermined, type Failure } from "../rule.ts";
import { negatedAllowStatements } from "./iam-policy/index.ts";
import type { Rule } from "../rule.ts";

export const awsIamPolicyNoNotActionAllow: Rule = {
  id: "aws-iam-policy-no-not-action-allow",
  title: "IAM policies do not allow with NotAction or NotResource",
  severity: "medium",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_policy", "iam_role", "iam_user", "iam_group"],
  rationale:
    "An Allow with NotAction grants every action except the listed ones, including every action AWS adds later; an Allow with NotResource grants all other resources. Both grant far more than they appear to.",
  remediation: {
    text: "Rewrite the statement as an Allow listing the actions and resources needed; use NotAction only in Deny statements.",
    code: {
      terraform: `resource "aws_iam_policy" "ops" {
  name = "ops"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ec2:Describe*", "cloudwatch:GetMetricData"], Resource = "*" }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"],
  check(resource) {
    const read = identityDocuments(resource);
    if (!read) return skip("no permission documents in this source");
    const failures: Failure[] = [];
    for (const { doc, index } of read.docs) {
      if (negatedAllowStatements(doc).length > 0)
        failures.push({
          message: `${resource.name} allows with NotAction or NotResource, granting everything not listed`,
          path: `policies.${index}`,
        });
    }
    if (failures.length === 0 && read.unknown !== undefined) return undetermined(read.unknown);
    return failAll(failures);
  },
};
