import { expectBool } from "./judge.ts";
import type { Rule } from "../rule.ts";

export const awsKmsKeyEnabled: Rule = {
  id: "aws-kms-key-enabled",
  title: "KMS keys are enabled",
  severity: "low",
  category: "data_protection",
  providers: ["aws"],
  resource_types: ["kms_key"],
  rationale:
    "A disabled key cannot decrypt anything it protects; a key disabled in configuration is either unused (and should be scheduled for deletion) or a pending outage.",
  remediation: {
    text: "Enable the key, or schedule the deletion of an unused key.",
    code: {
      terraform: `resource "aws_kms_key" "data" {
  is_enabled          = true
  enable_key_rotation = true
}`,
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html"],
  check(resource) {
    return expectBool(resource, "enabled", true, `Key ${resource.name} is disabled`);
  },
};
