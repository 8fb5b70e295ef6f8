import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsDatabasePorts } from "./firewall-restricts-database-ports.ts";

// GCP Terraform cases of a cross-cloud rule.
ruleTester(firewallRestrictsDatabasePorts, {
  fail: [
    {
      name: "PostgreSQL from anywhere",
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
    ports    = ["5432"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
      line: 15,
    },
    {
      name: "Redis from anywhere over IPv6",
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
    ports    = ["6379"]
  }

  source_ranges = ["::/0"]
}
`,
    },
  ],
  pass: [
    {
      name: "PostgreSQL from the application subnet",
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
    ports    = ["5432"]
  }

  source_ranges = ["10.20.0.0/24"]
}
`,
    },
    {
      name: "egress to databases anywhere",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  direction = "EGRESS"

  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }

  destination_ranges = ["0.0.0.0/0"]
}
`,
    },
  ],
});
