import { ruleTester } from "../testing/tester.ts";
import { gcpKmsKeyNotPubliclyAccessible } from "./gcp-kms-key-not-publicly-accessible.ts";

ruleTester(gcpKmsKeyNotPubliclyAccessible, {
  fail: [
    {
      name: "allUsers on the key",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "app"
  location = "europe"
}

resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "public" {
  crypto_key_id = google_kms_crypto_key.app.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers"
}
`,
      line: 15,
      path: "public_policy",
    },
    {
      name: "allAuthenticatedUsers on the key ring",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "app"
  location = "europe"
}

resource "google_kms_crypto_key" "app" {
  name     = "app"
  key_ring = google_kms_key_ring.ring.id
}

resource "google_kms_key_ring_iam_binding" "open" {
  key_ring_id = google_kms_key_ring.ring.id
  role        = "roles/cloudkms.cryptoKeyEncrypter"
  members     = ["allAuthenticatedUsers"]
}
`,
    },
  ],
  pass: [
    {
      name: "granted to one account",
      format: "terraform",
      files: `resource "google_kms_key_ring" "ring" {
  name     = "app"
  location = "europe"
}

resource "google_kms_crypto_key" "app" {
  name     = "app"
  key_ring = google_kms_key_ring.ring.id
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = google_kms_crypto_key.app.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:app@orion-prod.iam.gserviceaccount.com"
}
`,
    },
  ],
});
