import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpComputeDiskEncryptedWithCustomerKey: Rule = {
  id: "gcp-compute-disk-encrypted-with-customer-key",
  title: "Persistent disks are encrypted with a customer-managed or customer-supplied key",
  severity: "low",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["disk"],
  rationale:
    "Google encrypts every disk, but with its own keys the data stays readable to anyone with disk access regardless of key policy. A Cloud KMS key (CMEK) or customer-supplied key (CSEK) lets you revoke access to the data and audits each use.",
  remediation: {
    text: "Add a `disk_encryption_key` block with `kms_key_self_link` (CMEK) or `raw_key` (CSEK).",
    code: {
      terraform: `resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}`,
    },
  },
  auto_remediable: true,
  references: [
    "https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
    "https://cloud.google.com/compute/docs/disks/customer-supplied-encryption",
  ],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.customer_managed_key",
      isTrue,
      `Disk ${resource.name} is encrypted with Google-managed keys only`,
    );
  },
};
