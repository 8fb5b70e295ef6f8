/**
 * Following references between Terraform blocks of one module: which records an attribute points
 * at (`subnet_id = aws_subnet.a.id`), so normalizers can read a neighbour's settings and link to it.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource, Span } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import type { JoinIndex } from "../join.ts";
import { baseAddress } from "../join.ts";

/** The uid a normalized resource of this record gets (see ResourceBuilder). */
export function uidOf(record: RawRecord): string {
  return `${record.span.file}#${record.address}`;
}

/** Every address referenced anywhere inside a value. */
export function refsIn(v: Value | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return [...v.refs];
  if (Array.isArray(v)) return v.flatMap(refsIn);
  return [];
}

/**
 * Records of the given types in the same module that `v` references, by address or, when
 * written literally, by one of their identifying attribute values (`keys`).
 */
export function referenced(
  index: JoinIndex,
  from: RawRecord,
  v: Value | undefined,
  types: readonly string[],
  keys: readonly string[] = [],
): RawRecord[] {
  const refs = new Set(refsIn(v));
  const literals = new Set(literalStrings(v));
  const out: RawRecord[] = [];
  for (const t of types) {
    for (const r of index.ofType(t)) {
      if (r.module !== from.module) continue;
      const byRef = refs.has(r.address) || refs.has(baseAddress(r.address));
      const byValue = keys.some((k) => {
        const kv = r.attrs[k];
        return typeof kv === "string" && kv !== "" && literals.has(kv);
      });
      if (byRef || byValue) out.push(r);
    }
  }
  return out;
}

function literalStrings(v: Value | undefined): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(literalStrings);
  return [];
}

/**
 * A list of strings; a single string is a one-element list. Unknown when the list or any of its
 * elements is unknown, since a rule cannot tell what the missing element holds.
 */
export function stringList(v: Value | undefined): string[] | ReturnType<typeof unknown> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return unknown("not a list of strings");
  const out: string[] = [];
  for (const x of v) {
    if (isUnknown(x)) return x;
    if (typeof x === "string") out.push(x);
    else if (typeof x === "number") out.push(String(x));
  }
  return out;
}

/** True when an attribute is written with a non-empty known or unknown value. */
export function isSet(v: Value | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === "string") return v.trim() !== "";
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** Span of an attribute of a record, or of the closest enclosing block written down, or the record. */
export function spanOf(record: RawRecord, attr?: string): Span {
  if (attr) {
    const parts = attr.split(".");
    for (let n = parts.length; n > 0; n--) {
      const span = record.attrSpans[parts.slice(0, n).join(".")];
      if (span) return span;
    }
  }
  return record.span;
}

/** Records where a config path (possibly inside an array, `rules.3.sources`) came from. */
export function position(resource: Resource, configPath: string, record: RawRecord, attr?: string): void {
  (resource.positions ??= {})[configPath] = spanOf(record, attr);
}

/**
 * Whether a KMS key reference names a customer-managed key: not empty and not an AWS-managed
 * alias (`alias/aws/sns`), whether written literally or through a `data "aws_kms_key"` lookup.
 * Unknown when the key is computed from something this configuration does not show.
 */
export function customerManagedKey(index: JoinIndex, from: RawRecord, key: Value | undefined): Value {
  if (key === undefined || key === null || key === "") return false;
  if (typeof key === "string") return !key.startsWith("alias/aws/");
  if (!isUnknown(key)) return unknown("key is not a string");
  const refs = new Set(refsIn(key).map(baseAddress));
  for (const r of index.ofType("aws_kms_key")) {
    if (
      r.module !== from.module ||
      !(refs.has(baseAddress(r.address)) || refs.has(`data.${baseAddress(r.address)}`))
    )
      continue;
    // A key resource defined here is customer-managed; a data lookup is only when it names no AWS alias.
    if (r.mode === "resource") return true;
    const id = r.attrs["key_id"];
    return typeof id === "string" ? !id.startsWith("alias/aws/") : key;
  }
  if ([...refs].some((a) => a.startsWith("aws_kms_key.") || a.startsWith("aws_kms_alias."))) return true;
  return key;
}
