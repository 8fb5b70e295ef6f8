/**
 * Shared judgement of `firewall_rule` resources for the rules that ask "can the internet reach
 * these ports?". Works on the normalized rule list of every cloud: port ranges are compared as
 * ranges, never expanded, and an allow is discounted only when a deny with a lower priority
 * (NACL rule number, NSG priority) covers the same traffic first.
 */
import type { Resource } from "../../model/resource.ts";
import { isUnknown, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import { failAll, undetermined, type CheckResult, type Failure } from "../rule.ts";

/** Sources that stand for anyone on the internet. */
const WORLD = new Set(["0.0.0.0/0", "::/0", "*", "internet", "any", "0.0.0.0"]);

export function isWorldSource(s: string): boolean {
  return WORLD.has(s.toLowerCase());
}

export interface PortSpec {
  port: number;
  to?: number;
  name: string;
  /** Transport the service listens on; TCP when absent (SSH, RDP and databases answer on TCP). */
  transport?: "tcp" | "udp" | "both";
}

type Range = { from: number; to: number };

interface Rule {
  index: number;
  direction: Value;
  action: Value;
  protocol: Value;
  ports: Value;
  sources: Value;
  priority: Value;
  service: Value;
}

function rulesOf(resource: Resource): Rule[] | undefined {
  const list = resource.config["rules"];
  if (!Array.isArray(list)) return undefined;
  return list.filter(isValueMap).map((r: ValueMap, index) => ({
    index,
    direction: r["direction"] ?? null,
    action: r["action"] ?? "allow",
    protocol: r["protocol"] ?? null,
    ports: r["ports"] ?? [],
    sources: r["sources"] ?? [],
    priority: r["priority"] ?? null,
    service: r["service"] ?? null,
  }));
}

/** Whether a protocol carries ports a TCP/UDP service listens on. */
function carriesPorts(protocol: string): boolean {
  const p = protocol.toLowerCase();
  return p === "all" || p === "*" || p === "tcp" || p === "udp" || p === "-1";
}

/** Whether traffic of `protocol` reaches a service listening on `transport`: UDP 3389 is not RDP. */
function reachesService(protocol: string, transport: PortSpec["transport"]): boolean {
  if (isAll(protocol)) return true;
  const p = protocol.toLowerCase();
  const t = transport ?? "tcp";
  return t === "both" || p === t;
}

function isAll(protocol: string): boolean {
  const p = protocol.toLowerCase();
  return p === "all" || p === "*" || p === "-1";
}

/** Ranges of a rule's ports that overlap [from, to]; an empty list means every port. */
function overlaps(ports: Range[], from: number, to: number): boolean {
  if (ports.length === 0) return true;
  return ports.some((r) => r.from <= to && r.to >= from);
}

function covers(ports: Range[], from: number, to: number): boolean {
  if (ports.length === 0) return true;
  return ports.some((r) => r.from <= from && r.to >= to);
}

function asRanges(v: Value): Range[] | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.filter(isValueMap).map((r) => ({ from: Number(r["from"]), to: Number(r["to"]) }));
}

/** A deny evaluated before `allow` that blocks the world from [from, to]. */
function shadowed(all: Rule[], allow: Rule, from: number, to: number): boolean {
  if (typeof allow.priority !== "number") return false;
  const prio = allow.priority;
  return all.some((d) => {
    if (d.action !== "deny" || d.direction !== allow.direction) return false;
    if (typeof d.priority !== "number" || d.priority >= prio) return false;
    if (typeof d.protocol !== "string" || typeof allow.protocol !== "string") return false;
    // The services judged here listen on TCP, so a TCP deny also shadows an all-protocol allow.
    const sameTraffic =
      isAll(d.protocol) || d.protocol === allow.protocol || (d.protocol === "tcp" && isAll(allow.protocol));
    if (!sameTraffic) return false;
    const ranges = asRanges(d.ports);
    const sources = d.sources;
    if (!ranges || !Array.isArray(sources)) return false;
    return covers(ranges, from, to) && sources.some((s) => typeof s === "string" && isWorldSource(s));
  });
}

/**
 * Failures for every ingress allow rule open to the world that reaches one of `ports`
 * (undefined `ports` means: the rule must open every port). Unknown parts make the result
 * undetermined unless another rule already fails.
 */
export function judgeExposure(
  resource: Resource,
  ports: PortSpec[] | "all",
  describe: (ruleIndex: number, what: string, source: string) => string,
  /** The kind of service `ports` belong to: a rule admitting only that service matches whatever its port. */
  service?: string,
): CheckResult {
  const rules = rulesOf(resource);
  if (!rules) return undetermined("firewall rules are not known");
  const failures: Failure[] = [];
  let unknownReason: string | undefined;
  for (const r of rules) {
    if (r.direction !== "ingress" || r.action !== "allow") continue;
    if (isUnknown(r.sources)) {
      unknownReason ??= `sources of rule ${r.index}: ${r.sources.reason}`;
      continue;
    }
    const world = Array.isArray(r.sources)
      ? r.sources.find((s): s is string => typeof s === "string" && isWorldSource(s))
      : undefined;
    if (world === undefined) continue;
    if (isUnknown(r.protocol) || typeof r.protocol !== "string") {
      unknownReason ??= `protocol of rule ${r.index} is not known`;
      continue;
    }
    if (!carriesPorts(r.protocol)) continue;
    if (service !== undefined && r.service === service) {
      failures.push({
        message: describe(r.index, `the ${service} port`, world),
        path: `rules.${r.index}.sources`,
      });
      continue;
    }
    if (isUnknown(r.ports)) {
      unknownReason ??= `ports of rule ${r.index}: ${r.ports.reason}`;
      continue;
    }
    // Ports as the normalizer gave them: AWS "-1" (all traffic) arrives as every port, while an
    // Azure `*` or GCP `all` rule still lists its own ports, which bound what it opens.
    const ranges = asRanges(r.ports) ?? [];
    if (ports === "all") {
      if (covers(ranges, 1, 65535) && !shadowed(rules, r, 1, 65535))
        failures.push({ message: describe(r.index, "every port", world), path: `rules.${r.index}.sources` });
      continue;
    }
    const protocol = r.protocol;
    const hit = ports.filter(
      (p) =>
        reachesService(protocol, p.transport) &&
        overlaps(ranges, p.port, p.to ?? p.port) &&
        !shadowed(rules, r, p.port, p.to ?? p.port),
    );
    if (hit.length > 0) {
      const what = hit.map((p) => `${p.to ? `${p.port}-${p.to}` : p.port} (${p.name})`).join(", ");
      failures.push({ message: describe(r.index, `port ${what}`, world), path: `rules.${r.index}.sources` });
    }
  }
  if (failures.length > 0) return failAll(failures);
  if (unknownReason) return undetermined(unknownReason);
  return failAll([]);
}

/** How the rule's resource is named in messages: an AWS security group, an NSG, a firewall rule. */
export function firewallLabel(resource: Resource): string {
  const t = resource.native_type;
  if (t.includes("network_acl")) return `Network ACL ${resource.name}`;
  if (t.includes("security_group")) return `Security group ${resource.name}`;
  return `Firewall ${resource.name}`;
}
