import { ruleTester } from "../testing/tester.ts";
import { gcpComputeSubnetFlowLogsEnabled } from "./gcp-compute-subnet-flow-logs-enabled.ts";

ruleTester(gcpComputeSubnetFlowLogsEnabled, {
  fail: [
    {
      name: "no log_config",
      format: "terraform",
      files: `resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  network       = "main"
  region        = "europe-west1"
}
`,
      path: "flow_logs.enabled",
    },
  ],
  pass: [
    {
      name: "log_config",
      format: "terraform",
      files: `resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  network       = "main"
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1.0
  }
}
`,
    },
  ],
});
