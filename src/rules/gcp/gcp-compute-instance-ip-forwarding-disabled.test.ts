import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceIpForwardingDisabled } from "./gcp-compute-instance-ip-forwarding-disabled.ts";

ruleTester(gcpComputeInstanceIpForwardingDisabled, {
  fail: [
    {
      name: "forwarding on",
      format: "terraform",
      files: `resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
  can_ip_forward = true
}
`,
      line: 13,
      path: "ip_forwarding",
    },
  ],
  pass: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}
`,
    },
  ],
});
