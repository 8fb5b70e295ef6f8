import { ruleTester } from "../testing/tester.ts";
import { gcpGkeIpAliasingEnabled } from "./gcp-gke-ip-aliasing-enabled.ts";

ruleTester(gcpGkeIpAliasingEnabled, {
  fail: [
    {
      name: "routes-based",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  networking_mode = "ROUTES"
}
`,
      line: 5,
      path: "ip_aliasing",
    },
  ],
  pass: [
    {
      name: "ip allocation policy",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }
}
`,
    },
  ],
});
