import type { Resource } from "../../model/resource.ts";
import { isUnknown, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type Failure, type Rule } from "../rule.ts";
import { isWorldSource } from "../common/firewall-exposure.ts";

type Range = { from: number; to: number };

function ranges(v: Value | undefined): Range[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(isValueMap).map((r) => ({ from: Number(r["from"]), to: Number(r["to"]) }));
}

const carriesUdp = (p: Value | undefined): boolean => p === "udp" || p === "all";
const fromWorld = (s: Value | undefined): boolean =>
  Array.isArray(s) && s.some((x) => typeof x === "string" && isWorldSource(x));

/** A deny of lower priority number that blocks UDP from the world on every port of `allow`. */
function shadowed(rules: ValueMap[], allow: ValueMap): boolean {
  const prio = allow["priority"];
  const allowPorts = ranges(allow["ports"]);
  if (typeof prio !== "number" || !allowPorts) return false;
  return rules.some((d) => {
    if (d["action"] !== "deny" || d["direction"] !== "ingress" || !carriesUdp(d["protocol"])) return false;
    if (typeof d["priority"] !== "number" || d["priority"] >= prio || !fromWorld(d["sources"])) return false;
    const denyPorts = ranges(d["ports"]);
    if (!denyPorts) return false;
    if (denyPorts.length === 0) return true;
    if (allowPorts.length === 0) return false;
    return allowPorts.every((a) => denyPorts.some((x) => x.from <= a.from && x.to >= a.to));
  });
}

/**
 * NSG rules do not let the internet reach UDP services.
 *
 * UDP services (DNS, NTP, SSDP, CLDAP, memcached) exposed to the internet are abused as
 * reflection and amplification sources in DDoS attacks. Applies to Azure NSGs, whose rules carry
 * priorities: an allow shadowed by a higher-priority deny is not an exposure.
 */
export const azureNsgRestrictsUdpFromInternet: Rule = {
  id: "azure-nsg-restricts-udp-from-internet",
  title: "Network security groups do not allow UDP from the internet",
  severity: "medium",
  category: "network",
  providers: ["azure"],
  resource_types: ["firewall_rule"],
  rationale:
    "UDP services reachable from the internet (DNS, NTP, CLDAP, SSDP, memcached) are used as reflection and amplification sources in DDoS attacks and expose services that rarely authenticate callers.",
  remediation: {
    text: "Restrict the source of inbound UDP allow rules to known address ranges or service tags other than Internet, or remove them; put a deny rule with a lower priority number in front when the allow must stay.",
    code: {
      terraform: `resource "azurerm_network_security_rule" "dns_from_branch" {
  name                        = "dns-from-branch"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "53"
  source_address_prefix       = "198.51.100.0/24"
  destination_address_prefix  = "VirtualNetwork"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.app.name
}`,
    },
  },
  auto_remediable: false,
  references: [
    "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview",
    "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview",
  ],
  check(resource: Resource) {
    const list = resource.config["rules"];
    if (list === undefined) return skip("no rules expressed by this source");
    if (isUnknown(list)) return undetermined(`rules: ${list.reason}`);
    if (!Array.isArray(list)) return skip("rules are not a list");
    const rules = list.filter(isValueMap);
    const failures: Failure[] = [];
    let unknownReason: string | undefined;
    rules.forEach((r, i) => {
      if (r["direction"] !== "ingress" || r["action"] !== "allow") return;
      for (const key of ["protocol", "sources", "ports"]) {
        const v = r[key];
        if (isUnknown(v)) {
          unknownReason ??= `${key} of rule ${i}: ${v.reason}`;
          return;
        }
      }
      if (!carriesUdp(r["protocol"]) || !fromWorld(r["sources"]) || shadowed(rules, r)) return;
      const name = typeof r["description"] === "string" ? ` (${r["description"]})` : "";
      failures.push({
        message: `NSG ${resource.name} rule ${i}${name} allows UDP from the internet`,
        path: `rules.${i}.sources`,
      });
    });
    if (failures.length === 0 && unknownReason) return undetermined(unknownReason);
    return failAll(failures);
  },
};
