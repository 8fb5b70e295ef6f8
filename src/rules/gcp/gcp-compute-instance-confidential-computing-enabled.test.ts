import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceConfidentialComputingEnabled } from "./gcp-compute-instance-confidential-computing-enabled.ts";

ruleTester(gcpComputeInstanceConfidentialComputingEnabled, {
  fail: [
    {
      name: "not confidential",
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
      path: "confidential_computing",
    },
  ],
  pass: [
    {
      name: "confidential",
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
  confidential_instance_config {
    enable_confidential_compute = true
  }
  scheduling {
    on_host_maintenance = "TERMINATE"
  }
}
`,
    },
  ],
});
