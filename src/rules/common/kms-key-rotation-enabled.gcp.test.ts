import { ruleTester } from "../testing/tester.ts";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: a Cloud KMS key is never rotated without rotation_period.
ruleTester(kmsKeyRotationEnabled, {
  fail: [
    {
      name: "key without a rotation period",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "orion"
  location = "europe"
}

resource "google_kms_crypto_key" "data" {
  name     = "orion-data"
  key_ring = google_kms_key_ring.ring.id
}
`,
    },
  ],
  pass: [
    {
      name: "key rotated every 90 days",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "orion"
  location = "europe"
}

resource "google_kms_crypto_key" "data" {
  name     = "orion-data"
  key_ring = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}
`,
    },
  ],
});
