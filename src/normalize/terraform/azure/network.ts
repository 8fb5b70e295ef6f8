/**
 * Azure networking: network security groups (inline `security_rule` blocks and separate
 * `azurerm_network_security_rule` resources) → `firewall_rule`; flow logs; VNets → `network`;
 * NICs → `network_interface`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource, Span } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import type { NetworkRule } from "../../../model/types.ts";
import { asBool, asNumber, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { bool, firstAttr, fromAliases, referenced, refsOf, uidOf } from "./helpers.ts";

const NSG = "azurerm_network_security_group";
const NSG_RULE = "azurerm_network_security_rule";
const FLOW_LOG = "azurerm_network_watcher_flow_log";

/** Source prefixes that mean "any address on the internet". */
const INTERNET = new Set(["*", "any", "internet", "0.0.0.0", "0.0.0.0/0", "::/0", "/0"]);

/** `*`, `Internet` and `Any` all admit the whole internet: written as `0.0.0.0/0` for the common rules. */
function addressList(rule: ValueMap, single: string, plural: string): Value {
  const one = rule[single];
  const many = rule[plural];
  if (isUnknown(one)) return one;
  if (isUnknown(many)) return many;
  const out: string[] = [];
  for (const v of [one, ...(Array.isArray(many) ? many : [])]) {
    if (v === undefined || v === null || v === "") continue;
    if (isUnknown(v)) return v;
    const text = String(v).trim();
    // Any prefix of length 0 (`34.15.11.3/0`) covers every address too.
    out.push(INTERNET.has(text.toLowerCase()) || /\/0$/.test(text) ? "0.0.0.0/0" : text);
  }
  return out;
}

/** `"22"`, `"20-30"`, `"*"` → ranges; an empty list means every port. */
function portList(rule: ValueMap, single: string, plural: string): Value {
  const one = rule[single];
  const many = rule[plural];
  if (isUnknown(one)) return one;
  if (isUnknown(many)) return many;
  const ranges: Value[] = [];
  for (const v of [one, ...(Array.isArray(many) ? many : [])]) {
    if (v === undefined || v === null || v === "") continue;
    if (isUnknown(v)) return v;
    // Lists are sometimes written comma-separated in one string (`"3389, 3391"`).
    for (const part of String(v).split(",")) {
      const text = part.trim();
      if (text === "") continue;
      if (text === "*") return [];
      const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
      if (!m) return unknown(`unrecognized port range ${text}`);
      const from = Number(m[1]);
      ranges.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
    }
  }
  // Neither attribute written: an invalid rule Azure would reject, not "every port".
  return ranges.length > 0 ? ranges : unknown("no destination port range");
}

function protocolOf(v: Value | undefined): Value {
  if (v === undefined || v === null) return unknown("protocol not set");
  if (isUnknown(v)) return v;
  const p = String(v).toLowerCase();
  return p === "*" ? "all" : p;
}

/** One NSG rule in the common shape. */
export function networkRule(rule: ValueMap): NetworkRule {
  const direction =
    String(rule["direction"] ?? "Inbound").toLowerCase() === "outbound" ? "egress" : "ingress";
  const access = String(rule["access"] ?? "Allow").toLowerCase() === "deny" ? "deny" : "allow";
  const priority = asNumber(rule["priority"], null);
  const out: NetworkRule = {
    direction,
    action: access,
    protocol: protocolOf(rule["protocol"]) as NetworkRule["protocol"],
    ports: portList(rule, "destination_port_range", "destination_port_ranges") as NetworkRule["ports"],
    sources: addressList(rule, "source_address_prefix", "source_address_prefixes") as NetworkRule["sources"],
    destinations: addressList(
      rule,
      "destination_address_prefix",
      "destination_address_prefixes",
    ) as NetworkRule["destinations"],
    priority: priority as NetworkRule["priority"],
  };
  // Application security groups as sources are other VMs of the VNet, never the internet.
  const asgs = rule["source_application_security_group_ids"];
  if (Array.isArray(asgs) && asgs.length > 0 && Array.isArray(out.sources)) {
    out.sources = [
      ...out.sources,
      ...asgs.map((a) => (isUnknown(a) ? "application-security-group" : String(a))),
    ];
  }
  if (typeof rule["description"] === "string") out.description = rule["description"];
  return out;
}

/** Inline rules; a `dynamic "security_rule"` whose items are not known makes the whole list unknown. */
function nsgRulesOf(record: RawRecord): { rules: NetworkRule[]; unknown?: Value } {
  const raw = record.attrs["security_rule"];
  if (isUnknown(raw)) return { rules: [], unknown: raw };
  return { rules: blocks(record.attrs, "security_rule").map(networkRule) };
}

function nsgRulesCompanions(nsg: RawRecord, ctx: NormalizeContext): RawRecord[] {
  return ctx.index.companions(nsg, NSG_RULE, "network_security_group_name", ["name"]);
}

function normalizeNsg(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "firewall_rule" });
  const inline = nsgRulesOf(record);
  const rules: NetworkRule[] = [];
  const spans: Span[] = [];
  inline.rules.forEach((r, i) => {
    rules.push(r);
    spans.push(record.attrSpans[`security_rule.${i}`] ?? record.span);
  });
  for (const c of nsgRulesCompanions(record, ctx)) {
    b.join(c);
    rules.push(networkRule(c.attrs));
    spans.push(c.span);
  }
  if (inline.unknown) {
    // A dynamic rule set: the rules are not known, so no rule may judge them.
    b.set("rules", inline.unknown, { attr: "security_rule" });
  } else {
    b.set("rules", rules as unknown as Value);
    spans.forEach((span, i) => {
      (b.resource.positions ??= {})[`rules.${i}`] = span;
    });
  }
  b.set("flow_logs.enabled", flowLogFor(record, ctx));
  return b.build();
}

/** A flow log that targets the NSG (v3 `network_security_group_id`, v4 `target_resource_id`) and is enabled. */
function flowLogFor(target: RawRecord, ctx: NormalizeContext): Value {
  const logs = ctx.index
    .ofType(FLOW_LOG)
    .filter(
      (f) =>
        f.module === target.module &&
        ["network_security_group_id", "target_resource_id"].some((k) =>
          refsOf(f.attrs[k]).includes(target.address),
        ),
    );
  if (logs.length === 0) return false;
  const states = logs.map((f) => asBool(f.attrs["enabled"], true));
  if (states.some((s) => s === true)) return true;
  return states.find(isUnknown) ?? false;
}

/** A separate rule whose NSG is in this configuration is folded into it; otherwise it stands alone. */
function normalizeNsgRule(record: RawRecord, ctx: NormalizeContext): Resource | null {
  const joined = ctx.index.ofType(NSG).some((n) => nsgRulesCompanions(n, ctx).includes(record));
  if (joined) return null;
  const b = new ResourceBuilder(record, { provider: "azure", type: "firewall_rule" });
  b.set("rules", [networkRule(record.attrs)] as unknown as Value);
  (b.resource.positions ??= {})["rules.0"] = record.span;
  return b.build();
}

function normalizeFlowLog(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "flow_log" });
  b.fromAttr("enabled", "enabled", true, (v) => asBool(v, true));
  const policy = firstAttr(record, ["retention_policy.0"]);
  const enabled = policy ? asBool(firstAttr(record, ["retention_policy.0.enabled"])?.value, false) : false;
  if (isUnknown(enabled)) b.set("retention_days", enabled, { attr: "retention_policy.0.enabled" });
  else if (enabled === false)
    b.set("retention_days", null, policy ? { attr: "retention_policy.0.enabled" } : undefined);
  else fromAliases(b, record, "retention_days", ["retention_policy.0.days"], 0, (v) => asNumber(v, 0));
  const ta = firstAttr(record, ["traffic_analytics.0.enabled"]);
  b.set("traffic_analytics", ta ? asBool(ta.value, false) : false, ta ? { attr: ta.path } : undefined);
  const target = firstAttr(record, ["target_resource_id", "network_security_group_id"])?.value;
  for (const nsg of referenced(ctx.index, record, target, NSG)) b.link("logs", uidOf(nsg));
  return b.build();
}

function normalizeVnet(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "network" });
  b.set("flow_logs.enabled", vnetFlowLogs(record, ctx));
  b.set("is_default", false); // Azure creates no default VNet
  const ddos = firstAttr(record, ["ddos_protection_plan.0.enable"]);
  b.set(
    "ddos_protection",
    ddos ? asBool(ddos.value, true) : firstAttr(record, ["ddos_protection_plan"]) ? true : false,
    ddos ? { attr: ddos.path } : undefined,
  );
  return b.build();
}

/**
 * A VNet's traffic is logged when a flow log targets the VNet itself, or every subnet of it in this
 * configuration has an NSG whose flow log is on (NSG flow logs record the traffic of the subnets they guard).
 */
function vnetFlowLogs(vnet: RawRecord, ctx: NormalizeContext): Value {
  const direct = flowLogFor(vnet, ctx);
  if (direct === true) return true;
  const subnets = [...ctx.index.companions(vnet, "azurerm_subnet", "virtual_network_name", ["name"])];
  const inline = blocks(vnet.attrs, "subnet");
  if (subnets.length === 0 && inline.length === 0) return direct;
  const states: Value[] = [];
  for (const s of subnets) {
    const assoc = ctx.index.companions(s, "azurerm_subnet_network_security_group_association", "subnet_id");
    const nsgs = assoc.flatMap((a) => referenced(ctx.index, a, a.attrs["network_security_group_id"], NSG));
    states.push(
      nsgs.length === 0 ? false : (nsgs.map((n) => flowLogFor(n, ctx)).find((x) => x !== true) ?? true),
    );
  }
  for (const s of inline) {
    const nsgs = referenced(ctx.index, vnet, s["security_group"], NSG);
    states.push(
      nsgs.length === 0 ? false : (nsgs.map((n) => flowLogFor(n, ctx)).find((x) => x !== true) ?? true),
    );
  }
  if (states.every((x) => x === true)) return true;
  return states.find(isUnknown) ?? false;
}

function normalizeNic(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "azure", type: "network_interface" });
  // v3 `enable_ip_forwarding`, v4 `ip_forwarding_enabled`; default false.
  fromAliases(
    b,
    record,
    "ip_forwarding",
    ["ip_forwarding_enabled", "enable_ip_forwarding"],
    false,
    bool(false),
  );
  const configs = blocks(record.attrs, "ip_configuration");
  const idx = configs.findIndex(
    (c) => c["public_ip_address_id"] !== undefined && c["public_ip_address_id"] !== null,
  );
  b.set(
    "public_ip",
    idx >= 0,
    idx >= 0 ? { attr: `ip_configuration.${idx}.public_ip_address_id` } : undefined,
  );
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: [NSG], normalize: normalizeNsg },
  { native_types: [NSG_RULE], normalize: normalizeNsgRule },
  { native_types: [FLOW_LOG], normalize: normalizeFlowLog },
  { native_types: ["azurerm_virtual_network"], normalize: normalizeVnet },
  { native_types: ["azurerm_network_interface"], normalize: normalizeNic },
];
