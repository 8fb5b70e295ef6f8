import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpKmsKeyNotPubliclyAccessible: Rule = {
  id: "gcp-kms-key-not-publicly-accessible",
  title: "Cloud KMS keys are not accessible to allUsers or allAuthenticatedUsers",
  severity: "critical",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["kms_key"],
  rationale:
    "A key usable by anyone lets anyone decrypt what it protects (or encrypt data so that it looks authentic), which voids the encryption.",
  remediation: {
    text: "Remove allUsers and allAuthenticatedUsers from the IAM grants on the key and its key ring.",
    code: {
      terraform: `resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = google_kms_crypto_key.app.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:\${google_service_account.app.email}"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/kms/docs/iam"],
  check(resource) {
    return expectSetting(
      resource,
      "public_policy",
      isFalse,
      `Key ${resource.name} is granted to allUsers or allAuthenticatedUsers`,
    );
  },
};
