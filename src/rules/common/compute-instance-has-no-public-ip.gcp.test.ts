import { ruleTester } from "../testing/tester.ts";
import { computeInstanceHasNoPublicIp } from "./compute-instance-has-no-public-ip.ts";

// GCP Terraform cases of a cross-cloud rule: any access_config block, even empty, gives the interface an external address.
ruleTester(computeInstanceHasNoPublicIp, {
  fail: [
    {
      name: "ephemeral external address",
      format: "terraform",
      files: `resource "google_compute_instance" "app" {
  name         = "orion-app"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "orion-app"

    access_config {}
  }
}
`,
      line: 15,
      path: "public_ip",
    },
    {
      name: "reserved external address",
      format: "terraform",
      files: `resource "google_compute_instance" "app" {
  name         = "orion-app"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "orion-app"

    access_config {
      nat_ip = "203.0.113.10"
    }
  }
}
`,
    },
  ],
  pass: [
    {
      name: "internal address only",
      format: "terraform",
      files: `resource "google_compute_instance" "app" {
  name         = "orion-app"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "orion-app"
  }
}
`,
    },
  ],
});
