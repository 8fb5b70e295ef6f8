import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsKmsKeyPolicyNotPublic: Rule = {
  id: "aws-kms-key-policy-not-public",
  title: "KMS key policies do not let anyone use the key",
  severity: "critical",
  category: "public_exposure",
  providers: ["aws"],
  resource_types: ["kms_key"],
  rationale:
    "A key policy statement with Principal `*` and no condition lets any AWS account use (or manage) the key, and so decrypt everything it protects.",
  remediation: {
    text: "Name the principals in the key policy, or restrict `*` with kms:CallerAccount, kms:ViaService or aws:PrincipalOrgID.",
    code: {
      terraform: `resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html"],
  check(resource) {
    return expectBool(
      resource,
      "public_policy",
      false,
      `Key ${resource.name} has a policy that lets any principal use it`,
    );
  },
};
