/**
 * Elastic Load Balancing: ALB/NLB/GWLB (`aws_lb`, `aws_alb`) and classic ELBs → `load_balancer`;
 * listeners → `load_balancer_listener`, knowing the type of the balancer they belong to.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
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
  const listeners: Value[] = blocks(record.attrs, "listener").map((l) => ({
    protocol: String(l["lb_protocol"] ?? "").toUpperCase(),
    port: asNumber(l["lb_port"]),
  }));
  b.set("listeners", listeners, { attr: "listener" });
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

export const normalizers: Normalizer[] = [
  { native_types: LB_TYPES, normalize: normalizeLb },
  { native_types: ["aws_elb"], normalize: normalizeClassic },
  { native_types: ["aws_lb_listener", "aws_alb_listener"], normalize: normalizeListener },
];
