/**
 * Judging AWS resource policies (SNS, SQS, ECR, Lambda, OpenSearch, Secrets Manager, EFS) for
 * public access: a statement that allows any principal, unless a condition pins the caller to
 * an account, organization, network or source resource.
 */
import { isUnknown, isValueMap, unknown, type Unknown, type Value } from "../../../model/value.ts";
import type { RawRecord } from "../../../model/raw.ts";
import { parsePolicy, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { referenced } from "./references.ts";
import { policyValue } from "./policy-documents.ts";

/** Condition keys that restrict who can use an otherwise public grant. */
const RESTRICTING_KEYS = new Set(
  [
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceIp",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:ResourceAccount",
    "aws:userid",
    "aws:username",
    "lambda:FunctionUrlAuthType",
  ].map((k) => k.toLowerCase()),
);

/** True when the policy grants access to everyone, false when not, Unknown when it cannot be read. */
export function policyIsPublic(policy: Value | undefined): boolean | Unknown {
  const doc = parsePolicy(policy);
  if (doc === null || doc === undefined) return false;
  if (isUnknown(doc)) return doc;
  if (!isValueMap(doc)) return unknown("policy is not a JSON object");
  const raw = doc["Statement"];
  const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  let undecided: Unknown | undefined;
  for (const s of statements) {
    if (isUnknown(s)) {
      undecided = s;
      continue;
    }
    if (!isValueMap(s) || s["Effect"] !== "Allow") continue;
    const anyone = principalIsAnyone(s["Principal"]);
    if (isUnknown(anyone)) {
      undecided = anyone;
      continue;
    }
    if (anyone && !conditionRestricts(s["Condition"])) return true;
  }
  return undecided ?? false;
}

/** `"*"`, `{"AWS": "*"}` or `{"AWS": ["*"]}`. */
export function principalIsAnyone(p: Value | undefined): boolean | Unknown {
  if (p === undefined || p === null) return false;
  if (isUnknown(p)) return p;
  if (p === "*") return true;
  if (!isValueMap(p)) return false;
  const aws = p["AWS"];
  if (isUnknown(aws)) return aws;
  const list = Array.isArray(aws) ? aws : [aws];
  return list.some((x) => x === "*");
}

function conditionRestricts(c: Value | undefined): boolean {
  if (!isValueMap(c)) return false;
  for (const operands of Object.values(c)) {
    if (!isValueMap(operands)) continue;
    for (const key of Object.keys(operands)) {
      if (RESTRICTING_KEYS.has(key.toLowerCase())) return true;
    }
  }
  return false;
}

/**
 * Sets `public_access` (and `policy`) from the policy written on the resource itself (`attr`) or
 * in a separate policy block that points at it; the separate block wins as Terraform applies it last.
 */
export function resourcePolicy(
  b: ResourceBuilder,
  record: RawRecord,
  ctx: NormalizeContext,
  attr: string,
  companion: { type: string; via: string; keys: readonly string[]; policyAttr?: string } | undefined,
  configKey = "public_access",
): void {
  const parts = companion ? ctx.index.companions(record, companion.type, companion.via, companion.keys) : [];
  for (const p of parts) b.join(p);
  const part = parts[parts.length - 1];
  if (part && companion) {
    const at = companion.policyAttr ?? "policy";
    const doc = policyValue(part.attrs[at], ctx);
    b.set("policy", doc, { record: part, attr: at });
    b.set(configKey, policyIsPublic(doc), { record: part, attr: at });
    return;
  }
  const own = record.attrs[attr];
  const doc = policyValue(own, ctx);
  b.set("policy", doc, own === undefined ? undefined : { attr });
  b.set(configKey, policyIsPublic(doc), own === undefined ? undefined : { attr });
}

/**
 * A policy block whose resource is not in this configuration (attached by a literal name or ARN,
 * or to a resource of another module) still grants what it says: it becomes a resource of the
 * primary's common type carrying only the policy and its verdict.
 */
export function orphanPolicy(spec: {
  policyType: string;
  via: string;
  primaryTypes: string[];
  keys: string[];
  type: string;
  policyAttr?: string;
}): Normalizer {
  return {
    native_types: [spec.policyType],
    normalize(record, ctx) {
      if (referenced(ctx.index, record, record.attrs[spec.via], spec.primaryTypes, spec.keys).length > 0)
        return null;
      const target = record.attrs[spec.via];
      const b = new ResourceBuilder(record, {
        provider: "aws",
        type: spec.type,
        name: typeof target === "string" ? target : record.name,
      });
      const at = spec.policyAttr ?? "policy";
      const doc = policyValue(record.attrs[at], ctx);
      b.set("policy", doc, { attr: at });
      b.set(spec.type === "api_gateway" ? "public_policy" : "public_access", policyIsPublic(doc), {
        attr: at,
      });
      return b.build();
    },
  };
}
