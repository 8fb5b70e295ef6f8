import { fail, pass, skip, undetermined, type Rule } from "../rule.ts";
import { isUnknown, getPath } from "../../model/value.ts";

export const gcpDnsZoneDnssecNotRsasha1: Rule = {
  id: "gcp-dns-zone-dnssec-not-rsasha1",
  title: "Cloud DNS DNSSEC keys do not use RSASHA1",
  severity: "medium",
  category: "encryption",
  providers: ["gcp"],
  resource_types: ["dns_zone"],
  rationale:
    "RSASHA1 signatures rely on SHA-1, for which chosen-prefix collisions are practical; a forged signature defeats the point of DNSSEC.",
  remediation: {
    text: "Use RSASHA256, RSASHA512 or ECDSAP256SHA256 in `default_key_specs` for both key-signing and zone-signing keys.",
    code: {
      terraform: `resource "google_dns_managed_zone" "public" {
  # ...
  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}`,
    },
  },
  auto_remediable: true,
  references: ["https://cloud.google.com/dns/docs/dnssec-advanced#advanced-signing-options"],
  check(resource) {
    const enabled = getPath(resource.config, "dnssec.enabled");
    const algs = getPath(resource.config, "dnssec.algorithms");
    if (algs === undefined) return skip("DNSSEC algorithms are not expressed by this source");
    if (isUnknown(algs))
      return enabled === false ? skip("DNSSEC is off") : undetermined(`algorithms: ${algs.reason}`);
    const weak = Array.isArray(algs) && algs.includes("rsasha1");
    // Key specs can only be changed while DNSSEC is off: specs written now are the ones it signs with once on.
    if (weak && enabled !== true)
      return fail(
        `DNS zone ${resource.name} has RSASHA1 key specs: DNSSEC signs with them once it is turned on`,
        "dnssec.algorithms",
      );
    if (enabled === false) return skip("DNSSEC is off");
    if (isUnknown(enabled)) return undetermined(`DNSSEC: ${enabled.reason}`);
    if (weak) return fail(`DNS zone ${resource.name} signs with RSASHA1`, "dnssec.algorithms");
    return pass();
  },
};
