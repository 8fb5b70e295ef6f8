import { type Rule } from "../rule.ts";
import { expectSetting, isFalse } from "../common/expect-setting.ts";

export const gcpPubsubTopicNotPublic: Rule = {
  id: "gcp-pubsub-topic-not-public",
  title: "Pub/Sub topics are not accessible to allUsers or allAuthenticatedUsers",
  severity: "high",
  category: "public_exposure",
  providers: ["gcp"],
  resource_types: ["topic"],
  rationale:
    "A public topic lets anyone publish forged messages into your pipeline or, with subscriber roles, read them.",
  remediation: {
    text: "Remove allUsers and allAuthenticatedUsers from the topic's IAM grants.",
    code: {
      terraform: `resource "google_pubsub_topic_iam_member" "publisher" {
  topic  = google_pubsub_topic.orders.name
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:\${google_service_account.app.email}"
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/pubsub/docs/access-control"],
  check(resource) {
    return expectSetting(
      resource,
      "public_access",
      isFalse,
      `Topic ${resource.name} is granted to allUsers or allAuthenticatedUsers`,
    );
  },
};
