/** CloudFront distributions → `cdn_distribution`. */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { Normalizer } from "../../registry.ts";
import { isSet, refsIn } from "./references.ts";

/** `TLSv1.2_2021` → `1.2`; `TLSv1` and `TLSv1_2016` → `1.0`; `SSLv3` → `ssl3`. */
export function cloudfrontTls(v: Value): Value {
  if (typeof v !== "string") return v;
  const m = /^TLSv1\.(\d)/.exec(v);
  if (m) return `1.${m[1]}`;
  if (v.startsWith("TLSv1")) return "1.0";
  if (v.startsWith("SSL")) return "ssl3";
  return v;
}

function normalizeDistribution(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "cdn_distribution" });
  // Every behavior must refuse or redirect plain HTTP; "allow-all" serves it.
  const behaviors = [
    ...blocks(record.attrs, "default_cache_behavior").map((x, i) => ({
      x,
      at: `default_cache_behavior.${i}`,
    })),
    ...blocks(record.attrs, "ordered_cache_behavior").map((x, i) => ({
      x,
      at: `ordered_cache_behavior.${i}`,
    })),
  ];
  let https: Value = true;
  let httpsAt: string | undefined;
  for (const { x, at } of behaviors) {
    const p = x["viewer_protocol_policy"];
    if (p === "allow-all") {
      [https, httpsAt] = [false, `${at}.viewer_protocol_policy`];
      break;
    }
    if (isUnknown(p) && https === true) [https, httpsAt] = [p, `${at}.viewer_protocol_policy`];
  }
  b.set("viewer_https_only", https, httpsAt ? { attr: httpsAt } : undefined);

  const cert = block(record.attrs, "viewer_certificate");
  const defaultCert = cert === undefined || asBool(cert["cloudfront_default_certificate"], false) === true;
  // The *.cloudfront.net certificate accepts TLSv1 whatever minimum_protocol_version says;
  // a custom certificate defaults to TLSv1 too.
  if (defaultCert)
    b.set(
      "min_tls_version",
      "1.0",
      cert ? { attr: "viewer_certificate.0.cloudfront_default_certificate" } : undefined,
    );
  else {
    const min = cert["minimum_protocol_version"];
    const at = min === undefined ? "viewer_certificate" : "viewer_certificate.0.minimum_protocol_version";
    b.set("min_tls_version", cloudfrontTls(min ?? "TLSv1"), { attr: at });
  }

  const waf = record.attrs["web_acl_id"];
  b.set("waf_attached", isUnknown(waf) ? waf : isSet(waf), { attr: "web_acl_id" });
  const logging = block(record.attrs, "logging_config");
  b.set("logging.enabled", logging !== undefined, logging ? { attr: "logging_config" } : undefined);

  // An S3 origin (not a website endpoint) should be reached only through OAI or OAC.
  let restricted = true as boolean;
  blocks(record.attrs, "origin").forEach((o, i) => {
    if (!isS3Origin(o["domain_name"], o)) return;
    const oai = block(o, "s3_origin_config")?.["origin_access_identity"];
    const ok = isSet(o["origin_access_control_id"]) || isSet(oai);
    if (!ok && restricted) {
      restricted = false;
      b.set("origin_access_restricted", false, { attr: `origin.${i}` });
    }
  });
  if (restricted) b.set("origin_access_restricted", true);
  return b.build();
}

function isS3Origin(domain: Value | undefined, origin: Record<string, Value>): boolean {
  if (block(origin, "custom_origin_config")) return false;
  if (typeof domain === "string") return /\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(domain);
  return (
    refsIn(domain).some((r) => r.startsWith("aws_s3_bucket.")) ||
    block(origin, "s3_origin_config") !== undefined
  );
}

export const normalizers: Normalizer[] = [
  { native_types: ["aws_cloudfront_distribution"], normalize: normalizeDistribution },
];
