import { ruleTester } from "../testing/tester.ts";
import { gcpGkeReleaseChannelConfigured } from "./gcp-gke-release-channel-configured.ts";

ruleTester(gcpGkeReleaseChannelConfigured, {
  fail: [
    {
      name: "unspecified channel",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  release_channel {
    channel = "UNSPECIFIED"
  }
}
`,
      line: 6,
      path: "release_channel",
    },
    {
      name: "no release channel",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
}
`,
    },
  ],
  pass: [
    {
      name: "stable",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  release_channel {
    channel = "STABLE"
  }
}
`,
    },
  ],
});
