import { ruleTester } from "../testing/tester.ts";
import { gcpComputeDiskEncryptedWithCustomerKey } from "./gcp-compute-disk-encrypted-with-customer-key.ts";

ruleTester(gcpComputeDiskEncryptedWithCustomerKey, {
  fail: [
    {
      name: "no key block",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "patient-data"
  zone = "europe-west1-b"
  size = 500
}
`,
      path: "encryption.customer_managed_key",
    },
    {
      name: "empty key block",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "patient-data"
  zone = "europe-west1-b"
  disk_encryption_key {
  }
}
`,
      line: 4,
    },
  ],
  pass: [
    {
      name: "CMEK",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "patient-data"
  zone = "europe-west1-b"
  disk_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks"
  }
}
`,
    },
    {
      name: "CSEK raw key",
      format: "terraform",
      files: `resource "google_compute_disk" "data" {
  name = "patient-data"
  zone = "europe-west1-b"
  disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="
  }
}
`,
    },
  ],
});
