import { ruleTester } from "../testing/tester.ts";
import { gcpGkeNodeUsesCosImage } from "./gcp-gke-node-uses-cos-image.ts";

ruleTester(gcpGkeNodeUsesCosImage, {
  fail: [
    {
      name: "Ubuntu nodes",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  node_config {
    image_type = "UBUNTU_CONTAINERD"
  }
}
`,
      line: 7,
      path: "image_type",
    },
  ],
  pass: [
    {
      name: "default image",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
}
`,
    },
    {
      name: "cos",
      format: "terraform",
      files: `resource "google_container_node_pool" "workers" {
  name       = "workers"
  cluster    = "apps"
  location   = "europe-west1"
  node_count = 3
  node_config {
    image_type = "cos_containerd"
  }
}
`,
    },
  ],
});
