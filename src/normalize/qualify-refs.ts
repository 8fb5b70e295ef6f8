/**
 * Loaders record references as the code names them, relative to the block's module
 * (`aws_s3_bucket.this` inside `module.archive`). Record addresses are absolute
 * (`module.archive.aws_s3_bucket.this`). Qualifying the refs once, here, lets every
 * normalizer compare a ref with an address directly, in the root module and in modules alike.
 */
import type { RawRecord } from "../model/raw.ts";
import { Unknown, isValueMap, type Value, type ValueMap } from "../model/value.ts";

export function qualifyRefs(record: RawRecord): RawRecord {
  if (record.module === "") return record;
  const prefix = `${record.module}.`;
  return { ...record, attrs: qualifyMap(record.attrs, prefix, 0) };
}

function qualify(v: Value, prefix: string, depth: number): Value {
  if (v instanceof Unknown) {
    if (v.refs.length === 0) return v;
    return new Unknown(
      v.reason,
      v.refs.map((r) => (r.startsWith(prefix) ? r : prefix + r)),
    );
  }
  if (depth > 100) return v;
  if (Array.isArray(v)) return v.map((x) => qualify(x, prefix, depth + 1));
  if (isValueMap(v)) return qualifyMap(v, prefix, depth + 1);
  return v;
}

function qualifyMap(m: ValueMap, prefix: string, depth: number): ValueMap {
  const out: ValueMap = {};
  for (const [k, v] of Object.entries(m)) out[k] = qualify(v, prefix, depth);
  return out;
}
