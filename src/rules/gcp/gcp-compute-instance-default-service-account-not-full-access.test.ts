import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceDefaultServiceAccountNotFullAccess } from "./gcp-compute-instance-default-service-account-not-full-access.ts";

ruleTester(gcpComputeInstanceDefaultServiceAccountNotFullAccess, {
  fail: [
    {
      name: "cloud-platform alias",
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
  service_account {
    scopes = ["cloud-platform"]
  }
}
`,
      line: 14,
      path: "identity_scopes",
    },
    {
      name: "full scope URL",
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
  service_account {
    email  = "123456789-compute@developer.gserviceaccount.com"
    scopes = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default account with narrow scopes",
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
  service_account {
    scopes = ["logging-write", "monitoring-write"]
  }
}
`,
    },
  ],
});
