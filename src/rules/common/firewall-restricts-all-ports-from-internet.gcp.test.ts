import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";

// GCP Terraform cases of a cross-cloud rule: an allow block without ports, or with protocol "all", opens every port.
ruleTester(firewallRestrictsAllPortsFromInternet, {
  fail: [
    {
      name: "every protocol from anywhere",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  allow {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
    {
      name: "every TCP port as a range from anywhere",
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
    ports    = ["0-65535"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
      line: 15,
    },
  ],
  pass: [
    {
      name: "every protocol within the VPC",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  allow {
    protocol = "all"
  }

  source_ranges = ["10.10.0.0/16"]
}
`,
    },
    {
      name: "web ports from anywhere",
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
    ports    = ["80", "443"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
    {
      name: "deny everything from anywhere",
      format: "terraform",
      files: `resource "google_compute_network" "vpc" {
  name                    = "orion"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "rule" {
  name    = "orion-rule"
  network = google_compute_network.vpc.name

  deny {
    protocol = "all"
  }

  source_ranges = ["0.0.0.0/0"]
}
`,
    },
  ],
});
