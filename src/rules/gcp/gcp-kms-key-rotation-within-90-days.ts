import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown } from "../../model/value.ts";

export const gcpKmsKeyRotationWithin90Days: Rule = {
  id: "gcp-kms-key-rotation-within-90-days",
  title: "Cloud KMS keys rotate at least every 90 days",
  severity: "medium",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["kms_key"],
  rationale:
    "The longer one key version encrypts data, the more a compromise of it exposes. CIS recommends a rotation period of 90 days or less for Cloud KMS keys.",
  remediation: {
    text: "Set `rotation_period` to 7776000s (90 days) or less.",
    code: {
      terraform: `resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kms/docs/key-rotation"],
  check(resource) {
    const symmetric = resource.config["symmetric"];
    if (symmetric === false) return skip("only symmetric keys rotate automatically");
    const days = resource.config["rotation_period_days"];
    if (days === undefined) return skip("rotation period is not expressed by this source");
    if (isUnknown(days)) return undetermined(`rotation period: ${days.reason}`);
    if (isUnknown(symmetric)) return undetermined(`purpose: ${symmetric.reason}`);
    if (days === null) return fail(`Key ${resource.name} has no rotation period`, "rotation_period_days");
    if (typeof days === "number" && days > 90)
      return fail(`Key ${resource.name} rotates every ${days} days, more than 90`, "rotation_period_days");
    return pass();
  },
};
