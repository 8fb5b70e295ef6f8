import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceShieldedVmEnabled } from "./gcp-compute-instance-shielded-vm-enabled.ts";

ruleTester(gcpComputeInstanceShieldedVmEnabled, {
  fail: [
    {
      name: "no shielded config: secure boot off by default",
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
      path: "shielded.secure_boot",
    },
    {
      name: "vtpm turned off",
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
  shielded_instance_config {
    enable_secure_boot = true
    enable_vtpm        = false
  }
}
`,
      line: 15,
    },
  ],
  pass: [
    {
      name: "all on",
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
  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}
`,
    },
    {
      name: "secure boot on, others default on",
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
  shielded_instance_config {
    enable_secure_boot = true
  }
}
`,
    },
  ],
});
