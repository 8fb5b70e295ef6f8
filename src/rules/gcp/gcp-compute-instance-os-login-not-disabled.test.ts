import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceOsLoginNotDisabled } from "./gcp-compute-instance-os-login-not-disabled.ts";

ruleTester(gcpComputeInstanceOsLoginNotDisabled, {
  fail: [
    {
      name: "instance disables OS Login",
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
    enable-oslogin = "FALSE"
  }
}
`,
      line: 13,
      path: "os_login",
    },
  ],
  pass: [
    {
      name: "instance enables it",
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
    enable-oslogin = "TRUE"
  }
}
`,
    },
    {
      name: "inherited from project metadata",
      format: "terraform",
      files: `resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
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
});
