/**
 * Values in the resource model. A value is either known (plain JSON) or explicitly unknown:
 * it depends on a variable without a value, an attribute computed at apply time, or an API
 * call that failed. Rules that need an unknown value report nothing rather than guess.
 *
 * Serialized, an unknown is the object `{"$unknown": "<reason>"}`. A policy written for known
 * values stays silent on it: `not x`, `x == false` and `x == true` are all false for an object.
 * Normalizers keep unknowns at the leaves (`encryption: {enabled: <unknown>}`), never at a
 * parent, so that a policy reading `x.enabled` still sees a defined value.
 */
export class Unknown {
  readonly reason: string;
  /** Addresses of the resources this value depends on (`aws_s3_bucket.logs`), used to join blocks. */
  readonly refs: readonly string[];
  constructor(reason: string, refs: readonly string[] = []) {
    this.reason = reason;
    this.refs = refs;
  }
  toJSON(): { $unknown: string } {
    return { $unknown: this.reason };
  }
}

export type Value = string | number | boolean | null | Unknown | Value[] | { [key: string]: Value };
export type ValueMap = { [key: string]: Value };

export function unknown(reason: string, refs: readonly string[] = []): Unknown {
  return new Unknown(reason, refs);
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isKnown<T>(v: T | Unknown | undefined): v is T {
  return v !== undefined && !(v instanceof Unknown);
}

export function isValueMap(v: unknown): v is ValueMap {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** True when the value or anything nested in it is unknown. */
export function containsUnknown(v: unknown, depth = 0): boolean {
  if (v instanceof Unknown) return true;
  if (depth > 64 || typeof v !== "object" || v === null) return false;
  const items = Array.isArray(v) ? v : Object.values(v);
  return items.some((x) => containsUnknown(x, depth + 1));
}

/** Reads a dotted path (`encryption.enabled`, `rules.0.port`) from a value. */
export function getPath(root: unknown, path: string): Value | undefined {
  let cur: unknown = root;
  for (const part of path.split(".")) {
    if (cur instanceof Unknown) return cur;
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isValueMap(cur)) cur = cur[part];
    else return undefined;
  }
  return cur as Value | undefined;
}

/** Revives `{"$unknown": reason}` objects produced by JSON serialization. */
export function reviveUnknowns(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reviveUnknowns);
  if (typeof v === "object" && v !== null) {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$unknown")
      return new Unknown(String((v as { $unknown: unknown }).$unknown));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reviveUnknowns(x)]));
  }
  return v;
}
