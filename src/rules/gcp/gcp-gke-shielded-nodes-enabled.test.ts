import { ruleTester } from "../testing/tester.ts";
import { gcpGkeShieldedNodesEnabled } from "./gcp-gke-shielded-nodes-enabled.ts";

ruleTester(gcpGkeShieldedNodesEnabled, {
  fail: [
    {
      name: "turned off",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  enable_shielded_nodes = false
}
`,
      line: 5,
      path: "shielded_nodes",
    },
  ],
  pass: [
    {
      name: "default on",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
    },
  ],
});
