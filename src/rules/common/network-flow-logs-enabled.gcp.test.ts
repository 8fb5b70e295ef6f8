import { ruleTester } from "../testing/tester.ts";
import { networkFlowLogsEnabled } from "./network-flow-logs-enabled.ts";

// GCP Terraform cases of a cross-cloud rule: flow logs are a subnetwork setting; an auto-mode network (the default) creates subnetworks without them.
ruleTester(networkFlowLogsEnabled, {
  fail: [
    {
      name: "auto-mode network",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name = "orion"
}
`,
    },
    {
      name: "custom network with a subnetwork without flow logs",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name          = "orion-app"
  network       = google_compute_network.vpc.id
  region        = "europe-west1"
  ip_cidr_range = "10.20.0.0/24"
}
`,
    },
  ],
  pass: [
    {
      name: "custom network whose subnetworks all log flows",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name          = "orion-app"
  network       = google_compute_network.vpc.id
  region        = "europe-west1"
  ip_cidr_range = "10.20.0.0/24"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}
`,
    },
  ],
});
