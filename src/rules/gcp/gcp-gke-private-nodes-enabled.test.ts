import { ruleTester } from "../testing/tester.ts";
import { gcpGkePrivateNodesEnabled } from "./gcp-gke-private-nodes-enabled.ts";

ruleTester(gcpGkePrivateNodesEnabled, {
  fail: [
    {
      name: "no private cluster config",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
      path: "private_nodes",
    },
  ],
  pass: [
    {
      name: "private nodes",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }
}
`,
    },
  ],
});
