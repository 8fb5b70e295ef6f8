import { type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpPubsubTopicEncryptedWithCmek: Rule = {
  id: "gcp-pubsub-topic-encrypted-with-cmek",
  title: "Pub/Sub topics are encrypted with a customer-managed key",
  severity: "low",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["topic"],
  rationale:
    "Messages can carry the same data as the systems that publish them; a Cloud KMS key makes access to them revocable and audited.",
  remediation: {
    text: "Set `kms_key_name` on the topic and grant the Pub/Sub service agent encrypt/decrypt on the key.",
    code: {
      terraform: `resource "google_pubsub_topic" "orders" {
  name         = "orders"
  kms_key_name = google_kms_crypto_key.pubsub.id
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/pubsub/docs/encryption"],
  check(resource) {
    return expectSetting(
      resource,
      "encryption.customer_managed_key",
      isTrue,
      `Topic ${resource.name} is encrypted with Google-managed keys only`,
    );
  },
};
