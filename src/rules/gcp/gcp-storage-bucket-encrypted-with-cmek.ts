import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpStorageBucketEncryptedWithCmek: Rule = {
  id: "gcp-storage-bucket-encrypted-with-cmek",
  title: "Cloud Storage buckets are encrypted with a customer-managed key",
  severity: "low",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["cloud_storage_bucket"],
  rationale:
    "Google encrypts every object at rest, but with Google-managed keys access to the key cannot be revoked or audited separately from access to the data. A Cloud KMS key lets you disable access to the data by disabling the key and logs every use.",
  remediation: {
    text: "Set a default Cloud KMS key in the bucket's `encryption` block and grant the Cloud Storage service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it.",
    code: {
      terraform: `resource "google_storage_bucket" "data" {
  name     = "acme-data"
  location = "EU"
  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/storage/docs/encryption/customer-managed-keys"],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.customer_managed_key",
      isTrue,
      `Bucket ${resource.name} is encrypted with Google-managed keys only`,
    );
  },
};
