import { ruleTester } from "../testing/tester.ts";
import { gcpStorageBucketEncryptedWithCmek } from "./gcp-storage-bucket-encrypted-with-cmek.ts";

ruleTester(gcpStorageBucketEncryptedWithCmek, {
  fail: [
    {
      name: "no encryption block",
      format: "terraform",
      files: `resource "google_storage_bucket" "records" {
  name     = "acme-patient-records"
  location = "EU"
}
`,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "default KMS key by reference",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "storage"
  location = "europe"
}

resource "google_kms_crypto_key" "storage" {
  name            = "storage"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

resource "google_storage_bucket" "records" {
  name     = "acme-patient-records"
  location = "EU"
  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
}
`,
    },
  ],
});
