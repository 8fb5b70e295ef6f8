import { ruleTester } from "../testing/tester.ts";
import { gcpGkeSecretsEncryptedWithKms } from "./gcp-gke-secrets-encrypted-with-kms.ts";

ruleTester(gcpGkeSecretsEncryptedWithKms, {
  fail: [
    {
      name: "not configured",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
      path: "secrets_encryption.enabled",
    },
    {
      name: "decrypted state",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  database_encryption {
    state = "DECRYPTED"
  }
}
`,
      line: 6,
    },
  ],
  pass: [
    {
      name: "encrypted",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  database_encryption {
    state    = "ENCRYPTED"
    key_name = "projects/p/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
  }
}
`,
    },
  ],
});
