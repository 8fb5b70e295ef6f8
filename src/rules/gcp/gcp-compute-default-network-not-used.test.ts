import { ruleTester } from "../testing/tester.ts";
import { gcpComputeDefaultNetworkNotUsed } from "./gcp-compute-default-network-not-used.ts";

ruleTester(gcpComputeDefaultNetworkNotUsed, {
  fail: [
    {
      name: "network named default",
      format: "terraform",
      files: `resource "google_compute_network" "default" {
  name = "default"
}
`,
      line: 2,
      path: "is_default",
    },
  ],
  pass: [
    {
      name: "custom network",
      format: "terraform",
      files: `resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}
`,
    },
  ],
});
