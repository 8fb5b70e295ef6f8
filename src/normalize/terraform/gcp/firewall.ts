/**
 * `google_compute_firewall` → `firewall_rule`. One GCP firewall resource has one direction, one
 * action (its `allow` or `deny` blocks) and one priority; each block becomes a `NetworkRule`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { positionAt } from "./spans.ts";

/** Protocol numbers GCP accepts in place of names. */
const PROTOCOL_NAMES: Record<string, string> = { "1": "icmp", "6": "tcp", "17": "udp", "132": "sctp" };

function protocolOf(v: Value | undefined): Value {
  if (v === undefined || v === null) return unknown("protocol is missing");
  if (isUnknown(v)) return v;
  const p = String(v).toLowerCase();
  return PROTOCOL_NAMES[p] ?? p;
}

/** `["22", "8000-8080"]` → ranges; absent or empty means every port. */
export function portRanges(v: Value | undefined): Value {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (!Array.isArray(v)) return unknown("ports is not a list");
  const out: Value[] = [];
  for (const p of v) {
    if (isUnknown(p)) return p;
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(String(p));
    if (!m) return unknown(`not a port or range: ${String(p).slice(0, 20)}`);
    const from = Number(m[1]);
    out.push({ from, to: m[2] === undefined ? from : Number(m[2]) });
  }
  return out;
}

/** Known strings of a list, with a prefix; unknown when the list or an entry is. */
function listOf(v: Value | undefined, prefix = ""): Value[] | ReturnType<typeof unknown> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (!Array.isArray(v)) return unknown("not a list");
  const out: Value[] = [];
  for (const x of v) {
    if (isUnknown(x)) return x;
    out.push(prefix + String(x));
  }
  return out;
}

/**
 * Ingress sources: ranges, plus tagged instances (`tag:web`) and service accounts
 * (`serviceAccount:…`). With none of the three, GCP applies the rule to 0.0.0.0/0.
 */
function ingressSources(record: RawRecord): Value {
  const parts = [
    listOf(record.attrs["source_ranges"]),
    listOf(record.attrs["source_tags"], "tag:"),
    listOf(record.attrs["source_service_accounts"], "serviceAccount:"),
  ];
  const undecided = parts.find(isUnknown);
  if (undecided) return undecided;
  const all = parts.flat() as Value[];
  return all.length === 0 ? ["0.0.0.0/0"] : all;
}

function normalizeFirewall(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "firewall_rule" });
  const dirRaw = record.attrs["direction"];
  // Direction defaults to INGRESS.
  const direction = dirRaw === undefined || dirRaw === null ? "INGRESS" : dirRaw;
  // `disabled` defaults to false: the rule is enforced.
  b.fromAttr("enabled", "disabled", true, (v) => {
    const d = asBool(v, false);
    return typeof d === "boolean" ? !d : d;
  });
  const enabled = b.resource.config["enabled"] as Value;
  b.fromAttr("network", "network", null);
  b.set(
    "is_default",
    typeof record.attrs["name"] === "string" && record.attrs["name"].startsWith("default-allow-"),
  );

  // An unknown direction leaves the endpoints of every rule unknown.
  const undecided = isUnknown(direction) ? direction : isUnknown(enabled) ? enabled : undefined;
  const egress = !isUnknown(direction) && String(direction).toUpperCase() === "EGRESS";
  // Priority defaults to 1000.
  const priority = asNumber(record.attrs["priority"], 1000);
  const sources: Value = egress ? listOf(record.attrs["source_ranges"]) : ingressSources(record);
  // Egress without destination ranges goes to 0.0.0.0/0.
  const dest = listOf(record.attrs["destination_ranges"]);
  const destinations: Value = egress && !isUnknown(dest) && dest.length === 0 ? ["0.0.0.0/0"] : dest;
  const endpointAttr = egress ? "destination_ranges" : "source_ranges";
  const rules: Value[] = [];
  const attrs: string[] = [];
  for (const action of ["allow", "deny"] as const) {
    blocks(record.attrs, action).forEach((blk, i) => {
      rules.push({
        direction: egress ? "egress" : "ingress",
        action,
        protocol: protocolOf(blk["protocol"]),
        ports: portRanges(blk["ports"]),
        sources: undecided ?? sources,
        destinations: undecided ?? destinations,
        priority,
        description: record.attrs["description"] ?? null,
      });
      attrs.push(blk["ports"] !== undefined ? `${action}.${i}.ports` : `${action}.${i}.protocol`);
    });
  }
  // A disabled firewall rule filters nothing.
  const active = enabled === false ? [] : rules;
  b.set("rules", active);
  active.forEach((_, i) => {
    positionAt(b, `rules.${i}`, record, attrs[i] as string);
    if (record.attrs[endpointAttr] !== undefined)
      positionAt(b, `rules.${i}.${egress ? "destinations" : "sources"}`, record, endpointAttr);
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_compute_firewall"], normalize: normalizeFirewall },
];
