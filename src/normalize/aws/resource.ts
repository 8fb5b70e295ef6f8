/**
 * Building a `Resource` from a live record: uid is the ARN, project the account, source the
 * account and region. Failed calls become Unknown values at the config paths they feed, and
 * `gaps` say which call failed, so rules report those checks unknown instead of passing.
 */
import type { Resource } from "../../model/resource.ts";
import { isUnknown, unknown, type Unknown, type Value, type ValueMap } from "../../model/value.ts";
import { setPath } from "../kit.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";

export function liveResource(rec: LiveRecord, type: string, config: ValueMap): Resource {
  const resource: Resource = {
    uid: rec.arn,
    provider: "aws",
    type,
    native_type: rec.native_type,
    name: rec.name,
    project: rec.account,
    region: rec.region,
    tags: { ...rec.tags },
    config,
    metadata: {},
    raw: toValue(rec.data) as ValueMap,
    source: { kind: "aws", account: rec.account, region: rec.region, address: rec.arn },
  };
  for (const gap of rec.gaps) {
    const reason = `${gap.action} failed: ${gap.message}`;
    for (const path of gap.paths) {
      setPath(resource.config, path, unknown(reason));
      (resource.gaps ??= {})[path] = reason;
    }
  }
  return resource;
}

/** API output as JSON values: dates as ISO text, undefined fields dropped. */
export function toValue(v: unknown, depth = 0): Value {
  if (v === null || v === undefined || depth > 32) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Uint8Array) return null;
  if (Array.isArray(v)) return v.map((x) => toValue(x, depth + 1));
  if (typeof v === "object") {
    const out: ValueMap = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined && k !== "$metadata") out[k] = toValue(x, depth + 1);
    return out;
  }
  return null;
}

/** A field of the record's data, typed by the caller (the collector wrote it from the SDK's types). */
export function field<T>(rec: LiveRecord, key: string): T | undefined {
  return rec.data[key] as T | undefined;
}

/** The record's data as the SDK type its collector wrote it from. */
export function dataAs<T>(rec: LiveRecord): T {
  return rec.data as unknown as T;
}

/** All true → true; any false → false; otherwise the first unknown. Empty → false. */
export function allTrue(values: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (values.length === 0 || values.some((v) => v === false)) return false;
  return values.find((v): v is Unknown => isUnknown(v)) ?? true;
}
