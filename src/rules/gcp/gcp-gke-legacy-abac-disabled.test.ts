import { ruleTester } from "../testing/tester.ts";
import { gcpGkeLegacyAbacDisabled } from "./gcp-gke-legacy-abac-disabled.ts";

ruleTester(gcpGkeLegacyAbacDisabled, {
  fail: [
    {
      name: "ABAC on",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true
}
`,
      line: 5,
      path: "legacy_abac",
    },
  ],
  pass: [
    {
      name: "default off",
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
