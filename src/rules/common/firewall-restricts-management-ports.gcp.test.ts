import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsManagementPorts } from "./firewall-restricts-management-ports.ts";

// GCP Terraform cases of a cross-cloud rule: ingress is the default direction, and a rule without source ranges takes no internet traffic.
ruleTester(firewallRestrictsManagementPorts, {
  fail: [
    {
      name: "SSH from anywhere",
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
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
      line: 15,
    },
    {
      name: "RDP in a port range from anywhere",
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
    ports    = ["3000-4000"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
  ],
  pass: [
    {
      name: "SSH from the IAP range only",
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
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]
}
`,
    },
    {
      name: "SSH from anywhere but the rule is disabled",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  disabled = true

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
    {
      name: "SSH between tagged instances",
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
    ports    = ["22"]
  }

  source_tags = ["bastion"]
  target_tags = ["app"]
}
`,
    },
  ],
});
