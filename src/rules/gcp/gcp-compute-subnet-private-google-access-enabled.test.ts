import { ruleTester } from "../testing/tester.ts";
import { gcpComputeSubnetPrivateGoogleAccessEnabled } from "./gcp-compute-subnet-private-google-access-enabled.ts";

ruleTester(gcpComputeSubnetPrivateGoogleAccessEnabled, {
  fail: [
    {
      name: "off",
      format: "terraform",
      files: `resource "google_compute_subnetwork" "app" {
  name                     = "app"
  ip_cidr_range            = "10.0.0.0/24"
  network                  = "main"
  private_ip_google_access = false
}
`,
      line: 5,
      path: "private_google_access",
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "google_compute_subnetwork" "app" {
  name                     = "app"
  ip_cidr_range            = "10.0.0.0/24"
  network                  = "main"
  private_ip_google_access = true
}
`,
    },
  ],
});
