import { ruleTester } from "../testing/tester.ts";
import { gcpGkeLoggingAndMonitoringEnabled } from "./gcp-gke-logging-and-monitoring-enabled.ts";

ruleTester(gcpGkeLoggingAndMonitoringEnabled, {
  fail: [
    {
      name: "logging none",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  logging_service = "none"
}
`,
      line: 5,
      path: "logging.enabled",
    },
  ],
  pass: [
    {
      name: "defaults",
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
