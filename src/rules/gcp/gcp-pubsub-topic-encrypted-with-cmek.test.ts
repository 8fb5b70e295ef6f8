import { ruleTester } from "../testing/tester.ts";
import { gcpPubsubTopicEncryptedWithCmek } from "./gcp-pubsub-topic-encrypted-with-cmek.ts";

ruleTester(gcpPubsubTopicEncryptedWithCmek, {
  fail: [
    {
      name: "no key",
      format: "terraform",
      files: `resource "google_pubsub_topic" "orders" {
  name = "orders"
}
`,
      path: "encryption.customer_managed_key",
    },
  ],
  pass: [
    {
      name: "CMEK",
      format: "terraform",
      files: `resource "google_pubsub_topic" "orders" {
  name         = "orders"
  kms_key_name = "projects/p/locations/europe-west1/keyRings/ps/cryptoKeys/orders"
}
`,
    },
  ],
});
