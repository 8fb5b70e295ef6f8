import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeLegacyMetadataEndpointsDisabled } from "./gcp-gke-node-legacy-metadata-endpoints-disabled.ts";

ruleTester(gcpGkeNodeLegacyMetadataEndpointsDisabled, {
  fail: [
    {
      name: "legacy endpoints re-enabled",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  node_config {
    metadata = {
      disable-legacy-endpoints = "false"
    }
  }
}
`,
      line: 7,
      path: "legacy_metadata_endpoints",
    },
  ],
  pass: [
    {
      name: "default disabled",
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
