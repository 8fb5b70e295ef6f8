/**
 * Turning a planned resource's `after` and `after_unknown` into attributes of the Terraform loader's
 * shape, so that the Terraform normalizers judge a plan exactly as they judge the HCL it came from.
 *
 * - A value the user wrote that is unknown until apply stays `Unknown`, with the resources its
 *   expression references: that is how split blocks find their primary.
 * - A value the provider computes and the user never wrote (`arn`, `id`, an Optional+Computed
 *   `versioning`) is left out, as it is absent from the HCL: normalizers then apply the provider's
 *   default exactly as they do for HCL. Without a `configuration` section nothing tells the two
 *   apart, and every unknown stays unknown.
 * - `null` means "not set" in a plan; it is left out of objects like an unwritten argument.
 */
import { isValueMap, Unknown, type Value, type ValueMap } from "../../model/value.ts";
import { childExpr, referencesOf, resourceOfReference } from "./expressions.ts";
import { isJsonObject, type JsonValue } from "./json.ts";

export interface RebuildContext {
  /** The record's address, for the reason of an unknown value. */
  address: string;
  /** Module path of the record (`module.app[0]`), to qualify local references. */
  module: string;
  /** Whether the plan had a configuration for this resource. */
  configured: boolean;
}

const MAX_DEPTH = 64;

export function rebuildAttrs(
  after: JsonValue | undefined,
  afterUnknown: JsonValue | undefined,
  expressions: JsonValue | undefined,
  ctx: RebuildContext,
): ValueMap {
  const v = rebuild(after ?? {}, afterUnknown, expressions, ctx, "", 0);
  return isValueMap(v) ? v : {};
}

function rebuild(
  after: JsonValue | undefined,
  mask: JsonValue | undefined,
  expr: JsonValue | undefined,
  ctx: RebuildContext,
  path: string,
  depth: number,
): Value | undefined {
  if (mask === true) {
    if (ctx.configured && expr === undefined) return undefined;
    return new Unknown(
      `${ctx.address}${path ? "." + path : ""} is known only after apply`,
      refsOf(expr, ctx),
    );
  }
  if (after === undefined || after === null) return after === null && path === "" ? {} : undefined;
  if (depth > MAX_DEPTH) return new Unknown(`${ctx.address}.${path} is nested too deeply`);
  if (Array.isArray(after) || Array.isArray(mask)) {
    const list = Array.isArray(after) ? after : [];
    const masks = Array.isArray(mask) ? mask : [];
    const n = Math.max(list.length, masks.length);
    const out: Value[] = [];
    for (let i = 0; i < n; i++) {
      const v = rebuild(list[i] ?? null, masks[i], childExpr(expr, i), ctx, join(path, i), depth + 1);
      out.push(v === undefined ? null : v);
    }
    return out;
  }
  if (isJsonObject(after) || isJsonObject(mask)) {
    const obj = isJsonObject(after) ? after : {};
    const masks = isJsonObject(mask) ? mask : {};
    const out: ValueMap = {};
    for (const key of new Set([...Object.keys(obj), ...Object.keys(masks)])) {
      const v = rebuild(obj[key], masks[key], childExpr(expr, key), ctx, join(path, key), depth + 1);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return after;
}

function join(path: string, key: string | number): string {
  return path === "" ? String(key) : `${path}.${key}`;
}

/**
 * Resource addresses an expression references, both as written (local to its module) and
 * qualified with the module path, since records carry the qualified address.
 */
function refsOf(expr: JsonValue | undefined, ctx: RebuildContext): string[] {
  const out = new Set<string>();
  for (const ref of referencesOf(expr)) {
    const r = resourceOfReference(ref);
    if (r === undefined) continue;
    out.add(r);
    if (ctx.module) out.add(`${ctx.module}.${r}`);
  }
  return [...out];
}
