import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeServiceAccountNotPrivileged } from "./gcp-gke-node-service-account-not-privileged.ts";

ruleTester(gcpGkeNodeServiceAccountNotPrivileged, {
  fail: [
    {
      name: "scenario B: node pool account is project owner",
      format: "terraform",
      files: `resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_node_pool" "workers" {
  name    = "workers"
  cluster = "apps"
  node_config {
    service_account = google_service_account.nodes.email
  }
}

resource "google_project_iam_member" "nodes" {
  project = "orion-prod"
  role    = "roles/owner"
  member  = "serviceAccount:\${google_service_account.nodes.email}"
}
`,
      line: 9,
      path: "identity",
      message: "roles/owner",
    },
  ],
  pass: [
    {
      name: "node account only writes logs",
      format: "terraform",
      files: `resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_node_pool" "workers" {
  name    = "workers"
  cluster = "apps"
  node_config {
    service_account = google_service_account.nodes.email
  }
}

resource "google_project_iam_member" "nodes" {
  project = "orion-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:\${google_service_account.nodes.email}"
}
`,
    },
  ],
});
