import { ruleTester } from "../testing/tester.ts";
import { gcpGkeMasterAuthorizedNetworksEnabled } from "./gcp-gke-master-authorized-networks-enabled.ts";

ruleTester(gcpGkeMasterAuthorizedNetworksEnabled, {
  fail: [
    {
      name: "no authorized networks",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
      path: "authorized_networks.enabled",
    },
  ],
  pass: [
    {
      name: "corp range only",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.10.0.0/16"
      display_name = "corp"
    }
  }
}
`,
    },
  ],
});
