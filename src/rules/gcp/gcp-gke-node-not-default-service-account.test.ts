import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeNotDefaultServiceAccount } from "./gcp-gke-node-not-default-service-account.ts";

ruleTester(gcpGkeNodeNotDefaultServiceAccount, {
  fail: [
    {
      name: "no service account",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  node_config {
    machine_type = "e2-standard-4"
  }
}
`,
      path: "identity_default",
    },
    {
      name: "cluster default pool",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
    },
  ],
  pass: [
    {
      name: "dedicated account",
      format: "terraform",
      files: `resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  node_config {
    service_account = google_service_account.nodes.email
  }
}
`,
    },
  ],
});
