import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeAutoRepairEnabled } from "./gcp-gke-node-auto-repair-enabled.ts";

ruleTester(gcpGkeNodeAutoRepairEnabled, {
  fail: [
    {
      name: "inline pool with repair off",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  node_pool {
    name = "default"
    management {
      auto_repair = false
    }
  }
}
`,
      line: 7,
      path: "auto_repair",
    },
  ],
  pass: [
    {
      name: "explicitly on",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  management {
    auto_repair = true
  }
}
`,
    },
  ],
});
