import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeAutoUpgradeEnabled } from "./gcp-gke-node-auto-upgrade-enabled.ts";

ruleTester(gcpGkeNodeAutoUpgradeEnabled, {
  fail: [
    {
      name: "auto upgrade off",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  management {
    auto_upgrade = false
  }
}
`,
      line: 7,
      path: "auto_upgrade",
    },
  ],
  pass: [
    {
      name: "default on",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
}
`,
    },
  ],
});
