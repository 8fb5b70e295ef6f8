import { ruleTester } from "../testing/tester.ts";
import { gcpComputeInstanceNotDefaultServiceAccount } from "./gcp-compute-instance-not-default-service-account.ts";

ruleTester(gcpComputeInstanceNotDefaultServiceAccount, {
  fail: [
    {
      name: "service_account block without email",
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
      line: 13,
      path: "identity_default",
    },
    {
      name: "default account written literally",
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
    scopes = ["userinfo-email"]
  }
}
`,
    },
  ],
  pass: [
    {
      name: "dedicated account",
      format: "terraform",
      files: `resource "google_service_account" "web" {
  account_id = "web"
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
  service_account {
    email  = google_service_account.web.email
    scopes = ["cloud-platform"]
  }
}
`,
    },
    {
      name: "no service account at all",
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
