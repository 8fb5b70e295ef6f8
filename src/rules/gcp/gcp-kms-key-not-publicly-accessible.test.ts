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
    {
      name: "key policy from a google_iam_policy data block that names allAuthenticatedUsers",
      format: "terraform",
      files: `data "google_iam_policy" "signing" {
  binding {
    role    = "roles/cloudkms.signerVerifier"
    members = ["group:release@example.com", "allAuthenticatedUsers"]
  }
}

resource "google_kms_key_ring" "ring" {
  name     = "release"
  location = "europe"
}

resource "google_kms_crypto_key" "signing" {
  name     = "release-signing"
  key_ring = google_kms_key_ring.ring.id
  purpose  = "ASYMMETRIC_SIGN"
}

resource "google_kms_crypto_key_iam_policy" "signing" {
  crypto_key_id = google_kms_crypto_key.signing.id
  policy_data   = data.google_iam_policy.signing.policy_data
}
`,
      line: 21,
      path: "public_policy",
    },
    {
      name: "allUsers on a key managed outside this configuration",
      format: "terraform",
      files: `variable "shared_key_id" {
  type = string
}

resource "google_kms_crypto_key_iam_member" "shared" {
  crypto_key_id = var.shared_key_id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "allUsers"
}
`,
      line: 8,
      path: "public_policy",
    },
  ],
  pass: [
    {
      name: "key policy from a google_iam_policy data block naming one service account",
      format: "terraform",
      files: `data "google_iam_policy" "app" {
  binding {
    role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
    members = ["serviceAccount:app@orion-prod.iam.gserviceaccount.com"]
  }
}

resource "google_kms_key_ring" "ring" {
  name     = "app"
  location = "europe"
}

resource "google_kms_crypto_key" "app" {
  name            = "app"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_policy" "app" {
  crypto_key_id = google_kms_crypto_key.app.id
  policy_data   = data.google_iam_policy.app.policy_data
}
`,
    },
    {
      name: "grant to a group on a key managed outside this configuration",
      format: "terraform",
      files: `variable "shared_key_id" {
  type = string
}

resource "google_kms_crypto_key_iam_member" "shared" {
  crypto_key_id = var.shared_key_id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "group:platform@example.com"
}
`,
    },
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
