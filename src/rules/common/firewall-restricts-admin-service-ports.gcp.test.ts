import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAdminServicePorts } from "./firewall-restricts-admin-service-ports.ts";

// GCP Terraform cases of a cross-cloud rule.
ruleTester(firewallRestrictsAdminServicePorts, {
  fail: [
    {
      name: "SMB from anywhere",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["445"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
      line: 15,
    },
    {
      name: "kubelet from anywhere",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["10250"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
  ],
  pass: [
    {
      name: "kubelet from the control plane range",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["10250"]
  }

  source_ranges = ["172.16.0.0/28"]
}
`,
    },
  ],
});
