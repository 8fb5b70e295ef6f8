import { readPolicy, openTrustStatements } from "./iam-policy/index.ts";
import { isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsIamRoleTrustNotPublic: Rule = {
  id: "aws-iam-role-trust-not-public",
  title: "IAM role trust policies do not let anyone assume the role",
  severity: "critical",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_role"],
  rationale:
    "A trust policy with Principal `*` and no restricting condition lets any AWS account in the world assume the role and use its permissions.",
  remediation: {
    text: "Name the principals that may assume the role, or restrict `*` with aws:PrincipalOrgID or sts:ExternalId.",
    code: {
      terraform: `resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:role/ci" }, Action = "sts:AssumeRole" }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"],
  check(resource) {
    const trust = resource.config["trust_policy"];
    if (trust === undefined) return skip("no trust policy in this source");
    if (isUnknown(trust)) return undetermined(`trust policy: ${trust.reason}`);
    const read = readPolicy(trust);
    if (!read.ok) return undetermined(`trust policy: ${read.reason}`);
    const open = openTrustStatements(read.doc).filter((o) => o.why.startsWith("any principal"));
    return failAll(
      open.map((o) => ({
        message: `Role ${resource.name} can be assumed by ${o.why}`,
        path: "trust_policy",
      })),
    );
  },
};
