/**
 * AWS network ACLs → `firewall_rule` with ordered allow and deny rules (`priority` is the rule
 * number: lower is evaluated first). Inline `ingress`/`egress` blocks and `aws_network_acl_rule`
 * blocks are joined; a rule whose ACL is not in the module becomes its own firewall_rule.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import type { Value, ValueMap } from "../../../model/value.ts";
import { asBool, asNumber, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { position, referenced, stringList } from "./references.ts";
import { normalizeProtocol, portRange } from "./security-group.ts";

const ACL_TYPES = ["aws_network_acl", "aws_default_network_acl"];

interface Spec {
  rule: ValueMap;
  record: RawRecord;
  base: string;
  cidrAttr: string;
}

function ruleOf(
  b: ValueMap,
  direction: "ingress" | "egress",
  actionKey: string,
  numberKey: string,
): ValueMap {
  const protocol = normalizeProtocol(b["protocol"]);
  const v4 = stringList(b["cidr_block"]);
  const v6 = stringList(b["ipv6_cidr_block"]);
  const sources: Value =
    Array.isArray(v4) && Array.isArray(v6) ? [...v4, ...v6] : Array.isArray(v4) ? v6 : v4;
  const action = b[actionKey];
  return {
    direction,
    action: typeof action === "string" && action.toLowerCase() === "deny" ? "deny" : "allow",
    protocol,
    ports: portRange(protocol, b["from_port"], b["to_port"]),
    sources,
    priority: asNumber(b[numberKey]),
  };
}

function cidrAttr(record: RawRecord, base: string): string {
  const at = (k: string): string => (base ? `${base}.${k}` : k);
  return record.attrSpans[at("cidr_block")] || !record.attrSpans[at("ipv6_cidr_block")]
    ? "cidr_block"
    : "ipv6_cidr_block";
}

function inline(record: RawRecord): Spec[] {
  const out: Spec[] = [];
  for (const direction of ["ingress", "egress"] as const) {
    blocks(record.attrs, direction).forEach((blk, i) => {
      const base = `${direction}.${i}`;
      out.push({
        rule: ruleOf(blk, direction, "action", "rule_no"),
        record,
        base,
        cidrAttr: cidrAttr(record, base),
      });
    });
  }
  return out;
}

function standalone(record: RawRecord): Spec {
  const egress = asBool(record.attrs["egress"], false) === true;
  return {
    rule: ruleOf(record.attrs, egress ? "egress" : "ingress", "rule_action", "rule_number"),
    record,
    base: "",
    cidrAttr: cidrAttr(record, ""),
  };
}

function build(b: ResourceBuilder, specs: Spec[]): Resource {
  b.set(
    "rules",
    specs.map((s) => s.rule),
  );
  specs.forEach((s, i) => {
    const at = (k: string): string => (s.base ? `${s.base}.${k}` : k);
    position(b.resource, `rules.${i}`, s.record, s.base || undefined);
    position(b.resource, `rules.${i}.sources`, s.record, at(s.cidrAttr));
    position(b.resource, `rules.${i}.ports`, s.record, at("from_port"));
    position(b.resource, `rules.${i}.protocol`, s.record, at("protocol"));
  });
  b.set("is_default", false);
  return b.build();
}

function normalizeAcl(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "firewall_rule" });
  const specs = inline(record);
  for (const c of ctx.index.companions(record, "aws_network_acl_rule", "network_acl_id", ["id"])) {
    specs.push(standalone(c));
    b.join(c);
  }
  return build(b, specs);
}

function normalizeOrphan(record: RawRecord, ctx: NormalizeContext): Resource | null {
  if (referenced(ctx.index, record, record.attrs["network_acl_id"], ACL_TYPES).length > 0) return null;
  return build(new ResourceBuilder(record, { provider: "aws", type: "firewall_rule" }), [standalone(record)]);
}

export const normalizers: Normalizer[] = [
  { native_types: ACL_TYPES, normalize: normalizeAcl },
  { native_types: ["aws_network_acl_rule"], normalize: normalizeOrphan },
];
