import { ruleTester } from "../testing/tester.ts";
import { gcpGkeLegacyAuthenticationDisabled } from "./gcp-gke-legacy-authentication-disabled.ts";

ruleTester(gcpGkeLegacyAuthenticationDisabled, {
  fail: [
    {
      name: "client certificate issued",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  master_auth {
    client_certificate_config {
      issue_client_certificate = true
    }
  }
}
`,
      line: 7,
      path: "client_certificate",
    },
    {
      name: "basic auth username",
      format: "terraform",
      files: `resource "google_container_cluster" "apps" {
  name     = "apps"
  location = "europe-west1"
  initial_node_count = 1
  master_auth {
    username = "admin"
    password = "correct-horse-battery-staple"
  }
}
`,
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
