import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceBlocksProjectSshKeys } from "./gcp-compute-instance-blocks-project-ssh-keys.ts";

ruleTester(gcpComputeInstanceBlocksProjectSshKeys, {
  fail: [
    {
      name: "not blocked",
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
      path: "project_ssh_keys_blocked",
    },
    {
      name: "explicitly false",
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
    block-project-ssh-keys = "FALSE"
  }
}
`,
      line: 13,
    },
  ],
  pass: [
    {
      name: "blocked",
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
    block-project-ssh-keys = "TRUE"
  }
}
`,
    },
  ],
});
