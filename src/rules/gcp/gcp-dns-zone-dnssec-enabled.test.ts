import { ruleTester } from "../testing/tester.ts";
import { gcpDnsZoneDnssecEnabled } from "./gcp-dns-zone-dnssec-enabled.ts";

ruleTester(gcpDnsZoneDnssecEnabled, {
  fail: [
    {
      name: "no dnssec",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "orion"
  dns_name = "orion.example."
}
`,
      path: "dnssec.enabled",
    },
    {
      name: "dnssec off",
      format: "terraform",
      files: `resource "google_dns_managed_zone" "public" {
  name     = "orion"
  dns_name = "orion.example."
  dnssec_config {
    state = "off"
  }
}
`,
      line: 5,
    },
  ],
  pass: [
    {
      name: "dnssec on",
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
