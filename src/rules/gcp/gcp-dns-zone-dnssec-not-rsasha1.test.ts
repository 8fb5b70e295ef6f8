import { ruleTester } from "../testing/tester.ts";
import { gcpDnsZoneDnssecNotRsasha1 } from "./gcp-dns-zone-dnssec-not-rsasha1.ts";

ruleTester(gcpDnsZoneDnssecNotRsasha1, {
  fail: [
    {
      name: "zone signing key RSASHA1",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "orion"
  dns_name = "orion.example."
  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha1"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
`,
      line: 6,
      path: "dnssec.algorithms",
    },
    {
      name: "RSASHA1 key specs while DNSSEC is still off",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "vega"
  dns_name = "vega.example."
  dnssec_config {
    default_key_specs {
      algorithm  = "rsasha1"
      key_length = 2048
      key_type   = "keySigning"
    }
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
`,
      line: 5,
      path: "dnssec.algorithms",
    },
  ],
  pass: [
    {
      name: "strong key specs written before DNSSEC is turned on",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "vega"
  dns_name = "vega.example."
  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "ecdsap256sha256"
      key_length = 256
      key_type   = "keySigning"
    }
    default_key_specs {
      algorithm  = "ecdsap256sha256"
      key_length = 256
      key_type   = "zoneSigning"
    }
  }
}
`,
    },
    {
      name: "default algorithm",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "orion"
  dns_name = "orion.example."
  dnssec_config {
    state = "on"
  }
}
`,
    },
  ],
});
