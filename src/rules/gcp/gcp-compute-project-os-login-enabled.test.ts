import { ruleTester } from "../testing/tester.ts";
import { gcpComputeProjectOsLoginEnabled } from "./gcp-compute-project-os-login-enabled.ts";

ruleTester(gcpComputeProjectOsLoginEnabled, {
  fail: [
    {
      name: "project metadata without the key",
      format: "terraform",
      files: `resource "google_compute_project_metadata" "default" {
  metadata = {
    ssh-keys = "ops:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk ops@example"
  }
}
`,
      path: "os_login",
    },
    {
      name: "item set to false",
      format: "terraform",
      files: `resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "FALSE"
}
`,
      line: 3,
    },
  ],
  pass: [
    {
      name: "whole metadata enables it",
      format: "terraform",
      files: `resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin = "TRUE"
  }
}
`,
    },
  ],
});
