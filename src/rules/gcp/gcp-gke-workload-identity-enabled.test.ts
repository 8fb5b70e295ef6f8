import { ruleTester } from "../testing/tester.ts";
import { gcpGkeWorkloadIdentityEnabled } from "./gcp-gke-workload-identity-enabled.ts";

ruleTester(gcpGkeWorkloadIdentityEnabled, {
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
      path: "workload_identity",
    },
  ],
  pass: [
    {
      name: "workload pool",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "orion-prod.svc.id.goog"
  }
}
`,
    },
  ],
});
