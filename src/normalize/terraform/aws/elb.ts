/**
 * Elastic Load Balancing: ALB/NLB/GWLB (`aws_lb`, `aws_alb`) and classic ELBs → `load_balancer`;
 * listeners → `load_balancer_listener`, knowing the type of the balancer they belong to.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { referenced, uidOf } from "./references.ts";

const LB_TYPES = ["aws_lb", "aws_alb"];
const WAF_ASSOCIATIONS = ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"];
const bool = (v: Value): Value => asBool(v);

function normalizeLb(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "load_balancer" });
  b.fromAttr("lb_type", "load_balancer_type", "application");
  b.fromAttr("internal", "internal", false, bool);
  b.fromAttr("deletion_protection", "enable_deletion_protection", false, bool);
  b.fromAttr("drop_invalid_headers", "drop_invalid_header_fields", false, bool);
  const logs = block(record.attrs, "access_logs");
  // An access_logs block logs only with enabled = true (the provider default is false).
  if (logs) b.set("access_logs.enabled", asBool(logs["enabled"], false), { attr: "access_logs.0.enabled" });
  else b.set("access_logs.enabled", false);
  const wafs = WAF_ASSOCIATIONS.flatMap((t) => ctx.index.companions(record, t, "resource_arn", ["arn"]));
  b.set("waf_attached", wafs.length > 0);
  return b.build();
}

function normalizeClassic(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "load_balancer" });
  b.set("lb_type", "classic");
  b.fromAttr("internal", "internal", false, bool);
  // A classic ELB's access_logs block logs unless enabled = false.
  const logs = block(record.attrs, "access_logs");
  if (logs) b.fromAttr("access_logs.enabled", "access_logs.0.enabled", true, bool);
  else b.set("access_logs.enabled", false);
  const written = blocks(record.attrs, "listener");
  const listeners: Value[] = written.map((l) => {
    const p = l["lb_protocol"];
    return { protocol: isUnknown(p) ? p : String(p ?? "").toUpperCase(), port: asNumber(l["lb_port"]) };
  });
  b.set("listeners", listeners, { attr: "listener" });
  // Each listener points at its own block, so a finding names the listener it judges.
  written.forEach((_, i) => {
    const span = record.attrSpans[`listener.${i}.lb_protocol`] ?? record.attrSpans[`listener.${i}`];
    if (span) (b.resource.positions ??= {})[`listeners.${i}`] = span;
  });
  // The provider turns cross-zone load balancing on unless told otherwise (the API's own default is off).
  b.fromAttr("cross_zone", "cross_zone_load_balancing", true, bool);
  return b.build();
}

function normalizeListener(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "load_balancer_listener" });
  const lb = referenced(ctx.index, record, record.attrs["load_balancer_arn"], LB_TYPES, ["arn"])[0];
  if (lb) {
    b.link("listener_of", uidOf(lb));
    const t = lb.attrs["load_balancer_type"];
    b.set("lb_type", t === undefined || t === null ? "application" : t, {
      record: lb,
      attr: "load_balancer_type",
    });
  }
  const proto = record.attrs["protocol"];
  // Without a protocol an ALB listener speaks HTTP; on other balancers it is decided by the type.
  const lbType = b.resource.config["lb_type"];
  const fallback = lbType === "application" ? "HTTP" : lbType === "network" ? "TCP" : null;
  b.set(
    "protocol",
    typeof proto === "string" ? proto.toUpperCase() : (proto ?? fallback ?? lbType ?? "HTTP"),
    {
      attr: "protocol",
    },
  );
  b.fromAttr("port", "port", null, (v) => asNumber(v));
  const protocol = b.resource.config["protocol"];
  const secure = protocol === "HTTPS" || protocol === "TLS";
  // HTTPS and TLS listeners use ELBSecurityPolicy-2016-08 unless ssl_policy says otherwise.
  if (secure) b.fromAttr("tls_policy", "ssl_policy", "ELBSecurityPolicy-2016-08");
  else b.set("tls_policy", isUnknown(protocol) ? protocol : null);
  const actions = blocks(record.attrs, "default_action");
  const redirectAt = actions.findIndex((a) => {
    const r = block(a, "redirect");
    return (
      a["type"] === "redirect" && r !== undefined && String(r["protocol"] ?? "").toUpperCase() === "HTTPS"
    );
  });
  // Findings point at the redirect that goes elsewhere, or at the plain protocol.
  const otherRedirect = actions.findIndex((a) => a["type"] === "redirect");
  const at =
    redirectAt >= 0
      ? `default_action.${redirectAt}`
      : otherRedirect >= 0
        ? `default_action.${otherRedirect}.redirect.0.protocol`
        : "protocol";
  b.set("redirects_to_https", redirectAt >= 0, { attr: at });
  return b.build();
}

/**
 * A classic ELB policy of type `SSLNegotiationPolicyType` → `tls_policy`: its `policy_attribute`
 * blocks turn protocols (`Protocol-TLSv1`) and ciphers (`ECDHE-RSA-AES128-GCM-SHA256`) on with the
 * value `"true"`, or copy a predefined policy (`Reference-Security-Policy`). Other policy types
 * (stickiness, proxy protocol, back-end keys) carry no security setting the rules judge.
 */
function normalizeElbPolicy(record: RawRecord): Resource | null {
  if (record.attrs["policy_type_name"] !== "SSLNegotiationPolicyType") return null;
  const b = new ResourceBuilder(record, { provider: "aws", type: "tls_policy", name: policyName(record) });
  const attrs = blocks(record.attrs, "policy_attribute");
  const unknownAt = attrs.findIndex((a) => isUnknown(a["name"]) || isUnknown(a["value"]));
  if (unknownAt >= 0) {
    const why = unknown("a policy attribute is computed at apply time");
    for (const k of ["reference_policy", "protocols", "ciphers"])
      b.set(k, why, { attr: `policy_attribute.${unknownAt}` });
    return b.build();
  }
  const on = attrs.flatMap((a, i) =>
    String(a["value"]).toLowerCase() === "true"
      ? [{ name: String(a["name"]), at: `policy_attribute.${i}` }]
      : [],
  );
  const refAt = attrs.findIndex((a) => a["name"] === "Reference-Security-Policy");
  const ref = refAt >= 0 ? attrs[refAt] : undefined;
  b.set(
    "reference_policy",
    ref ? String(ref["value"]) : null,
    ref ? { attr: `policy_attribute.${refAt}` } : undefined,
  );
  const protocols = on.filter((a) => a.name.startsWith("Protocol-"));
  const ciphers = on.filter(
    (a) => !a.name.startsWith("Protocol-") && a.name !== "Server-Defined-Cipher-Order",
  );
  b.set(
    "protocols",
    protocols.map((p) => p.name.slice("Protocol-".length)),
    protocols[0] ? { attr: protocols[0].at } : { attr: "policy_attribute" },
  );
  b.set(
    "ciphers",
    ciphers.map((c) => c.name),
    ciphers[0] ? { attr: ciphers[0].at } : { attr: "policy_attribute" },
  );
  // Each list entry points at its own policy_attribute block, so a finding names the line it judges.
  const positions = (b.resource.positions ??= {});
  for (const [key, list] of [
    ["protocols", protocols],
    ["ciphers", ciphers],
  ] as const)
    list.forEach((x, i) => {
      const span = record.attrSpans[x.at];
      if (span) positions[`${key}.${i}`] = span;
    });
  return b.build();
}

function policyName(record: RawRecord): string {
  const n = record.attrs["policy_name"];
  return typeof n === "string" && n !== "" ? n : record.name;
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_load_balancer_policy"], normalize: normalizeElbPolicy },
  { native_types: LB_TYPES, normalize: normalizeLb },
  { native_types: ["aws_elb"], normalize: normalizeClassic },
  { native_types: ["aws_lb_listener", "aws_alb_listener"], normalize: normalizeListener },
];
