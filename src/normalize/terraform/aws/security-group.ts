/**
 * AWS security groups → `firewall_rule`. One group's rules may be written inline (`ingress`,
 * `egress` blocks), as `aws_security_group_rule` blocks, or as the newer
 * `aws_vpc_security_group_ingress_rule` / `_egress_rule`; all are joined into `config.rules`.
 * A standalone rule whose group is not in the same module becomes a firewall_rule of its own so
 * an open rule is still judged.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { asNumber, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { position, referenced, stringList } from "./references.ts";

const GROUP_TYPES = ["aws_security_group", "aws_default_security_group"];
const RULE_TYPES = [
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule",
];

const PROTOCOL_NUMBERS: Record<string, string> = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6" };

/** AWS protocol spelling → the model's: `-1`/`all` → `all`, numbers → names. */
export function normalizeProtocol(v: Value | undefined): Value {
  if (v === undefined || v === null) return unknown("protocol not set");
  if (isUnknown(v)) return v;
  const p = String(v).toLowerCase();
  if (p === "-1" || p === "all") return "all";
  return PROTOCOL_NUMBERS[p] ?? p;
}

/** Port range of a rule; every port for `all`, none that TCP/UDP rules judge for ICMP. */
export function portRange(protocol: Value, from: Value | undefined, to: Value | undefined): Value {
  if (isUnknown(protocol)) return protocol;
  if (protocol === "all") return [];
  if (protocol !== "tcp" && protocol !== "udp") return [];
  const f = asNumber(from);
  const t = asNumber(to ?? from);
  if (isUnknown(f)) return f;
  if (isUnknown(t)) return t;
  if (typeof f !== "number" || typeof t !== "number") return unknown("port range not set");
  return [{ from: Math.min(f, t), to: Math.max(f, t) }];
}

/**
 * Sources of a rule from its CIDR, prefix list and group attributes. An element that is not known
 * makes the list unknown, unless a known element already opens the rule to the world.
 */
function sourceList(attrs: ValueMap, keys: readonly string[]): Value {
  const known: string[] = [];
  let missing: Value | undefined;
  for (const k of keys) {
    const v = attrs[k];
    if (Array.isArray(v)) {
      for (const x of v) {
        if (isUnknown(x)) missing ??= x;
        else if (typeof x === "string") known.push(x);
      }
    } else {
      const list = stringList(v);
      if (isUnknown(list)) missing ??= list;
      else known.push(...list);
    }
  }
  if (missing !== undefined && !known.some(isWorld)) return missing;
  return known;
}

export function isWorld(cidr: string): boolean {
  return cidr === "0.0.0.0/0" || cidr === "::/0";
}

const INLINE_SOURCE_KEYS = ["cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids", "security_groups"];
const RULE_SOURCE_KEYS = ["cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids", "source_security_group_id"];
const VPC_RULE_SOURCE_KEYS = ["cidr_ipv4", "cidr_ipv6", "prefix_list_id", "referenced_security_group_id"];

interface RuleSpec {
  rule: ValueMap;
  /** Where the rule is written: the record and the attribute path of the block inside it. */
  record: RawRecord;
  base: string;
  sourceAttr: string;
}

function inlineRules(record: RawRecord): RuleSpec[] {
  const out: RuleSpec[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    blocks(record.attrs, direction).forEach((b, i) => {
      const protocol = normalizeProtocol(b["protocol"]);
      const base = `${direction}.${i}`;
      out.push({
        rule: {
          direction,
          action: "allow",
          protocol,
          ports: portRange(protocol, b["from_port"], b["to_port"]),
          sources: selfAware(b, sourceList(b, INLINE_SOURCE_KEYS)),
          priority: null,
          description: (b["description"] as Value) ?? null,
        },
        record,
        base,
        sourceAttr: firstWritten(record, base, [
          "cidr_blocks",
          "ipv6_cidr_blocks",
          "prefix_list_ids",
          "security_groups",
        ]),
      });
    });
  }
  return out;
}

/** `self = true` lets the group's own members in: recorded as the `self` source. */
function selfAware(b: ValueMap, sources: Value): Value {
  if (b["self"] === true && Array.isArray(sources)) return [...sources, "self"];
  return sources;
}

function firstWritten(record: RawRecord, base: string, keys: readonly string[]): string {
  for (const k of keys) if (record.attrSpans[base ? `${base}.${k}` : k]) return k;
  return keys[0] ?? "";
}

function standaloneRule(record: RawRecord): RuleSpec {
  const a = record.attrs;
  if (record.native_type === "aws_security_group_rule") {
    const protocol = normalizeProtocol(a["protocol"]);
    const type = a["type"];
    return {
      rule: {
        direction: type === "egress" ? "egress" : "ingress",
        action: "allow",
        protocol,
        ports: portRange(protocol, a["from_port"], a["to_port"]),
        sources: selfAware(a, sourceList(a, RULE_SOURCE_KEYS)),
        priority: null,
        description: (a["description"] as Value) ?? null,
      },
      record,
      base: "",
      sourceAttr: firstWritten(record, "", RULE_SOURCE_KEYS),
    };
  }
  const protocol = normalizeProtocol(a["ip_protocol"]);
  return {
    rule: {
      direction: record.native_type === "aws_vpc_security_group_egress_rule" ? "egress" : "ingress",
      action: "allow",
      protocol,
      ports: portRange(protocol, a["from_port"], a["to_port"]),
      sources: sourceList(a, VPC_RULE_SOURCE_KEYS),
      priority: null,
      description: (a["description"] as Value) ?? null,
    },
    record,
    base: "",
    sourceAttr: firstWritten(record, "", VPC_RULE_SOURCE_KEYS),
  };
}

function addRules(b: ResourceBuilder, specs: RuleSpec[]): void {
  b.set(
    "rules",
    specs.map((s) => s.rule),
  );
  specs.forEach((s, i) => {
    const at = (attr: string): string => (s.base ? `${s.base}.${attr}` : attr);
    const r = b.resource;
    position(r, `rules.${i}`, s.record, s.base || undefined);
    position(r, `rules.${i}.sources`, s.record, at(s.sourceAttr));
    position(r, `rules.${i}.ports`, s.record, at("from_port"));
    position(
      r,
      `rules.${i}.protocol`,
      s.record,
      at(s.record.native_type.startsWith("aws_vpc_") ? "ip_protocol" : "protocol"),
    );
  });
}

function normalizeGroup(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "firewall_rule" });
  const specs = inlineRules(record);
  for (const t of RULE_TYPES) {
    for (const c of ctx.index.companions(record, t, "security_group_id", ["id", "name"])) {
      specs.push(standaloneRule(c));
      b.join(c);
    }
  }
  addRules(b, specs);
  // A default security group is managed, not created: Terraform strips every rule not written in it.
  b.set("is_default", record.native_type === "aws_default_security_group");
  const vpc = referenced(ctx.index, record, record.attrs["vpc_id"], ["aws_vpc", "aws_default_vpc"]);
  for (const v of vpc) b.link("in_network", `${v.span.file}#${v.address}`);
  return b.build();
}

function normalizeOrphanRule(record: RawRecord, ctx: NormalizeContext): Resource | null {
  const owners = referenced(ctx.index, record, record.attrs["security_group_id"], GROUP_TYPES, [
    "id",
    "name",
  ]);
  if (owners.length > 0) return null; // joined into its group
  const b = new ResourceBuilder(record, { provider: "aws", type: "firewall_rule" });
  addRules(b, [standaloneRule(record)]);
  b.set("is_default", false);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: GROUP_TYPES, normalize: normalizeGroup },
  { native_types: RULE_TYPES, normalize: normalizeOrphanRule },
];
