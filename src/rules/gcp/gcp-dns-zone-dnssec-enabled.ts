import { skip, type Rule } from "../rule.ts";
import { expectSetting, isTrue } from "../common/expect-setting.ts";

export const gcpDnsZoneDnssecEnabled: Rule = {
  id: "gcp-dns-zone-dnssec-enabled",
  title: "Public Cloud DNS zones have DNSSEC enabled",
  severity: "medium",
  category: "network",
  providers: ["gcp"],
  resource_types: ["dns_zone"],
  rationale:
    "Without DNSSEC, resolvers cannot tell forged answers from real ones: cache poisoning and on-path attackers can redirect users of the domain.",
  remediation: {
    text: 'Add `dnssec_config { state = "on" }` to the public zone.',
    code: {
      terraform: `resource "google_dns_managed_zone" "public" {
  name     = "example"
  dns_name = "example.com."
  dnssec_config {
    state = "on"
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/dns/docs/dnssec-config"],
  check(resource) {
    if (resource.config["private"] === true) return skip("private zones are not resolved publicly");
    return expectSetting(
      resource,
      "dnssec.enabled",
      isTrue,
      `DNS zone ${resource.name} does not sign its records with DNSSEC`,
    );
  },
};
