import { ruleTester } from "../testing/tester.ts";
import { gcpPubsubTopicNotPublic } from "./gcp-pubsub-topic-not-public.ts";

ruleTester(gcpPubsubTopicNotPublic, {
  fail: [
    {
      name: "allUsers may publish",
      format: "terraform",
      files: `resource "google_pubsub_topic" "orders" {
  name = "orders"
}

resource "google_pubsub_topic_iam_member" "anyone" {
  topic  = google_pubsub_topic.orders.name
  role   = "roles/pubsub.publisher"
  member = "allUsers"
}
`,
      line: 8,
      path: "public_access",
    },
  ],
  pass: [
    {
      name: "no grants",
      format: "terraform",
      files: `resource "google_pubsub_topic" "orders" {
  name = "orders"
}
`,
    },
  ],
});
