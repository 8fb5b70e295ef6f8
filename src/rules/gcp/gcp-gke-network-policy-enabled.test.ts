import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNetworkPolicyEnabled } from "./gcp-gke-network-policy-enabled.ts";

ruleTester(gcpGkeNetworkPolicyEnabled, {
  fail: [
    {
      name: "network policy disabled",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled = false
  }
}
`,
      line: 6,
      path: "network_policy",
    },
    {
      name: "nodes enforce network policy but the master's addon is disabled",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled = true
  }
  addons_config {
    network_policy_config {
      disabled = true
    }
  }
}
`,
      line: 10,
      path: "network_policy",
    },
  ],
  pass: [
    {
      name: "Calico network policy",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled  = true
    provider = "CALICO"
  }
}
`,
    },
    {
      name: "network policy with the addon written enabled",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled = true
  }
  addons_config {
    network_policy_config {
      disabled = false
    }
  }
}
`,
    },
    {
      name: "Dataplane V2",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  datapath_provider = "ADVANCED_DATAPATH"
}
`,
    },
  ],
});
