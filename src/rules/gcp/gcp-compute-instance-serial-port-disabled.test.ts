import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceSerialPortDisabled } from "./gcp-compute-instance-serial-port-disabled.ts";

ruleTester(gcpComputeInstanceSerialPortDisabled, {
  fail: [
    {
      name: "instance enables serial port",
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
  metadata = {
    serial-port-enable = true
  }
}
`,
      line: 13,
      path: "serial_port_enabled",
    },
    {
      name: "inherited from project metadata",
      format: "terraform",
      files: `resource "google_compute_project_metadata" "default" {
  metadata = {
    serial-port-enable = "TRUE"
  }
}

resource "google_compute_instance" "web" {
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
  pass: [
    {
      name: "not enabled",
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
