import { isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";

export const kmsKeyRotationEnabled: Rule = {
  id: "kms-key-rotation-enabled",
  title: "Customer-managed encryption keys rotate automatically",
  severity: "medium",
  category: "encryption",
  providers: ["aws", "azure", "gcp"],
  resource_types: ["kms_key"],
  rationale:
    "Rotating key material limits how much data one key version protects and how long a leaked version stays " +
    "useful. Only symmetric keys support automatic rotation; asymmetric and HMAC keys are not judged.",
  remediation: {
    text: "Enable automatic rotation on the key (yearly or more often).",
    code: {
      terraform: `resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}`,
      cli: "aws kms enable-key-rotation --key-id KEY_ID",
    },
  },
  auto_remediable: true,
  references: ["https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"],
  check(resource) {
    const symmetric = resource.config["symmetric"];
    if (isUnknown(symmetric)) return undetermined(`key spec: ${symmetric.reason}`);
    if (symmetric === false) return skip("only symmetric keys rotate automatically");
    const v = resource.config["rotation_enabled"];
    if (v === undefined) return skip("rotation is not expressed by this source");
    if (isUnknown(v)) return undetermined(`rotation: ${v.reason}`);
    if (v === true) return pass();
    return fail(`Key ${resource.name} does not rotate automatically`, "rotation_enabled");
  },
};
