/**
 * API Gateway v1 (REST) and v2 (HTTP/WebSocket): APIs → `api_gateway`, stages → `api_stage`
 * (method settings and WAF associations joined), methods and routes → `api_method`, custom
 * domains → `api_domain`.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { stringList } from "./references.ts";
import { resourcePolicy } from "./resource-policy.ts";

const WAF_ASSOCIATIONS = ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"];

function normalizeRestApi(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_gateway" });
  // Endpoint type is EDGE unless configured.
  const types = stringList(block(record.attrs, "endpoint_configuration")?.["types"]);
  b.set("private_endpoint", isUnknown(types) ? types : types.includes("PRIVATE"), {
    attr: "endpoint_configuration.0.types",
  });
  resourcePolicy(
    b,
    record,
    ctx,
    "policy",
    { type: "aws_api_gateway_rest_api_policy", via: "rest_api_id", keys: ["id"] },
    "public_policy",
  );
  return b.build();
}

function normalizeHttpApi(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_gateway" });
  // HTTP and WebSocket APIs have only public regional endpoints.
  b.set("private_endpoint", false);
  return b.build();
}

/** Whether a logging level turns execution logging on. */
const logsOn = (v: Value): Value => (isUnknown(v) ? v : v === "ERROR" || v === "INFO");

function normalizeRestStage(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_stage" });
  const access = block(record.attrs, "access_log_settings");
  b.set("access_logging.enabled", access !== undefined, access ? { attr: "access_log_settings" } : undefined);
  b.fromAttr("tracing.enabled", "xray_tracing_enabled", false, (v) => asBool(v));

  // Method settings point at the stage by its name and at the API; all-method settings use "*/*".
  const settings = ctx.index
    .companions(record, "aws_api_gateway_method_settings", "stage_name", ["stage_name"])
    .filter((s) => sameApi(s, record));
  for (const s of settings) b.join(s);
  const all = settings.find((s) => s.attrs["method_path"] === "*/*") ?? settings[0];
  const st = all ? block(all.attrs, "settings") : undefined;
  if (all && st) {
    b.set("execution_logging.enabled", logsOn(st["logging_level"] ?? "OFF"), {
      record: all,
      attr: "settings.0.logging_level",
    });
  } else b.set("execution_logging.enabled", false);

  // The stage cache is encrypted only when every method setting that caches says so.
  const cacheOn = asBool(record.attrs["cache_cluster_enabled"], false);
  b.set("cache.enabled", cacheOn, { attr: "cache_cluster_enabled" });
  let encrypted: Value = true;
  let cachingPart: RawRecord | undefined;
  for (const part of settings) {
    const ps = block(part.attrs, "settings");
    if (!ps || asBool(ps["caching_enabled"], false) === false) continue;
    cachingPart ??= part;
    const enc = asBool(ps["cache_data_encrypted"], false);
    if (enc === true) continue;
    if (encrypted === true || enc === false) {
      encrypted = enc;
      b.set("cache.encrypted", enc, { record: part, attr: "settings.0.cache_data_encrypted" });
    }
  }
  // A cache cluster without caching method settings holds nothing encrypted.
  if (cachingPart === undefined) b.set("cache.encrypted", false, { attr: "cache_cluster_enabled" });
  else if (encrypted === true) b.set("cache.encrypted", true, { record: cachingPart, attr: "settings" });
  if (cachingPart && cacheOn === false)
    b.set("cache.enabled", true, { record: cachingPart, attr: "settings.0.caching_enabled" });

  const wafs = WAF_ASSOCIATIONS.flatMap((t) => ctx.index.companions(record, t, "resource_arn", ["arn"]));
  for (const w of wafs) b.join(w);
  b.set("waf_attached", wafs.length > 0 || record.attrs["web_acl_arn"] !== undefined);
  return b.build();
}

/** Method settings name their API; a literal stage name shared by two APIs must not cross over. */
function sameApi(settings: RawRecord, stage: RawRecord): boolean {
  const a = settings.attrs["rest_api_id"];
  const s = stage.attrs["rest_api_id"];
  if (isUnknown(a) && isUnknown(s)) return a.refs.some((r) => s.refs.includes(r));
  return a === s || isUnknown(a) !== isUnknown(s);
}

function normalizeHttpStage(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_stage" });
  const access = block(record.attrs, "access_log_settings");
  b.set("access_logging.enabled", access !== undefined, access ? { attr: "access_log_settings" } : undefined);
  return b.build();
}

function normalizeRestMethod(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_method" });
  b.fromAttr("http_method", "http_method", unknown("http_method not set"));
  b.fromAttr("authorization", "authorization", unknown("authorization not set"));
  b.fromAttr("api_key_required", "api_key_required", false, (v) => asBool(v));
  return b.build();
}

function normalizeRoute(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_method" });
  const key = record.attrs["route_key"];
  b.set(
    "http_method",
    typeof key === "string" ? (key.split(" ")[0] ?? key) : (key ?? unknown("route_key not set")),
    {
      attr: "route_key",
    },
  );
  // Routes are open unless an authorizer type is set.
  b.fromAttr("authorization", "authorization_type", "NONE");
  b.fromAttr("api_key_required", "api_key_required", false, (v) => asBool(v));
  return b.build();
}

/** TLS_1_0 → 1.0. v1 domains default to TLS_1_0; v2 domains always name their policy. */
const tlsOf = (v: Value): Value => (typeof v === "string" ? v.replace(/^TLS_/, "").replace("_", ".") : v);

function normalizeDomain(record: RawRecord): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "api_domain" });
  if (record.native_type === "aws_apigatewayv2_domain_name") {
    const cfg = blocks(record.attrs, "domain_name_configuration")[0];
    b.set("min_tls_version", tlsOf(cfg?.["security_policy"] ?? "TLS_1_2"), {
      attr: "domain_name_configuration.0.security_policy",
    });
  } else b.fromAttr("min_tls_version", "security_policy", "1.0", tlsOf);
  return b.build();
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_api_gateway_rest_api"],
    companions: ["aws_api_gateway_rest_api_policy"],
    normalize: normalizeRestApi,
  },
  { native_types: ["aws_apigatewayv2_api"], normalize: normalizeHttpApi },
  {
    native_types: ["aws_api_gateway_stage"],
    companions: ["aws_api_gateway_method_settings", ...WAF_ASSOCIATIONS],
    normalize: normalizeRestStage,
  },
  { native_types: ["aws_apigatewayv2_stage"], normalize: normalizeHttpStage },
  { native_types: ["aws_api_gateway_method"], normalize: normalizeRestMethod },
  { native_types: ["aws_apigatewayv2_route"], normalize: normalizeRoute },
  {
    native_types: ["aws_api_gateway_domain_name", "aws_apigatewayv2_domain_name"],
    normalize: normalizeDomain,
  },
];
