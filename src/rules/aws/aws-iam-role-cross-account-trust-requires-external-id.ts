import { readPolicy, openTrustStatements } from "./iam-policy/index.ts";
import { isUnknown } from "../../model/value.ts";
import { failAll, skip, undetermined } from "../rule.ts";
import type { Rule } from "../rule.ts";

export const awsIamRoleCrossAccountTrustRequiresExternalId: Rule = {
  id: "aws-iam-role-cross-account-trust-requires-external-id",
  title: "Cross-account role trust requires an external ID or MFA",
  severity: "high",
  category: "identity_access",
  providers: ["aws"],
  resource_types: ["iam_role"],
  rationale:
    "A role trusted by another account without sts:ExternalId can be assumed by anyone in that account, including a third party's other customers (the confused deputy problem); requiring MFA or an external ID binds the trust to the intended caller.",
  remediation: {
    text: "Add a condition on sts:ExternalId (for third parties) or aws:MultiFactorAuthPresent (for people) to the trust statement.",
    code: {
      terraform: `resource "aws_iam_role" "vendor" {
  name = "vendor-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "b7c1e0f2-5d33-4b7a-9e1c-2f6a0d9c8e11" } }
    }]
  })
}`,
    },
  },
  auto_remediable: false,
  references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html"],
  check(resource) {
    const trust = resource.config["trust_policy"];
    if (trust === undefined) return skip("no trust policy in this source");
    if (isUnknown(trust)) return undetermined(`trust policy: ${trust.reason}`);
    const read = readPolicy(trust);
    if (!read.ok) return undetermined(`trust policy: ${read.reason}`);
    const open = openTrustStatements(read.doc).filter((o) => !o.why.startsWith("any principal"));
    return failAll(
      open.map((o) => ({
        message: `Role ${resource.name} can be assumed by ${o.why}`,
        path: "trust_policy",
      })),
    );
  },
};
