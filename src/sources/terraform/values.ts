/**
 * Value helpers for evaluation: unknowns that carry the union of what they depend on, lazy
 * objects for namespaces and resources, the error that `try()` and `can()` catch, and the limits
 * that keep hostile input from exhausting time or memory.
 */
import { Unknown, isValueMap, type Value, type ValueMap } from "../../model/value.ts";

export const MAX_COLLECTION = 100_000;
export const MAX_STRING = 16 * 1024 * 1024;
/**
 * Elements a value may hold counting shared parts each time they appear: values are built by
 * reference, so `[l, l]` repeated 40 times is small in memory yet 2^40 elements to any walk.
 */
export const MAX_VALUE_NODES = 500_000;
const sizes = new WeakMap<object, number>();

/** A Terraform evaluation error (wrong type, missing attribute): `try()` and `can()` catch it. */
export class EvalError extends Error {}

/** A limit was hit (nesting, work, size): never caught by `try()`, reported once per module tree. */
export class LimitError extends Error {}

/**
 * An object whose attributes are computed on demand: a namespace (`var`, `local`), a resource
 * instance, a module's outputs. Written out as a whole it is unknown: it stands for something only
 * Terraform materializes.
 */
export class LazyObject extends Unknown {
  private readonly getter: (name: string) => Value;
  constructor(reason: string, refs: readonly string[], getter: (name: string) => Value) {
    super(reason, refs);
    this.getter = getter;
  }
  get(name: string): Value {
    return this.getter(name);
  }
}

function addRefs(v: unknown, out: Set<string>, depth: number): void {
  if (v instanceof Unknown) {
    for (const r of v.refs) out.add(r);
    return;
  }
  if (depth > 32 || typeof v !== "object" || v === null) return;
  const items = Array.isArray(v) ? v : Object.values(v);
  for (const x of items) addRefs(x, out, depth + 1);
}

/** An Unknown depending on everything the given values depend on. */
export function unknownFrom(reason: string, ...vals: unknown[]): Unknown {
  const refs = new Set<string>();
  for (const v of vals) addRefs(v, refs, 0);
  return new Unknown(reason, [...refs]);
}

/** The first Unknown among values (shallow), or undefined. */
function firstUnknown(vals: readonly unknown[]): Unknown | undefined {
  for (const v of vals) if (v instanceof Unknown) return v;
  return undefined;
}

/** When any value is unknown, an Unknown that depends on all of them. */
export function propagate(vals: readonly unknown[]): Unknown | undefined {
  const u = firstUnknown(vals);
  if (!u) return undefined;
  return unknownFrom(u.reason, ...vals);
}

export function typeName(v: Value): string {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return "object";
  return typeof v;
}

export function isMap(v: Value): v is ValueMap {
  return isValueMap(v);
}

/** Terraform's automatic conversion to string (numbers and bools convert; nothing else does). */
export function toStr(v: Value): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  throw new EvalError(`cannot use a ${typeName(v)} value as a string`);
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function toNum(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError(`cannot use ${describe(v)} as a number`);
}

export function toBool(v: Value): boolean {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new EvalError(`cannot use ${describe(v)} as a bool`);
}

export function describe(v: Value): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return `a ${typeName(v)} value`;
}

/** Structural equality; callers rule out unknowns first. */
export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equal(x, b[i] as Value));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && equal(a[k] as Value, b[k] as Value));
  }
  return false;
}

export function checkCollection(n: number): void {
  if (n > MAX_COLLECTION) throw new LimitError(`a collection of more than ${MAX_COLLECTION} elements`);
}

export function checkString(s: string): string {
  if (s.length > MAX_STRING) throw new LimitError(`a string longer than ${MAX_STRING / 1024 / 1024} MiB`);
  return s;
}

/** Object attributes in Terraform's iteration order (lexical). */
export function sortedKeys(m: ValueMap): string[] {
  return Object.keys(m).sort();
}

/** Throws when a collection would expand to more than MAX_VALUE_NODES elements. */
export function checkSize(v: Value): void {
  if (sizeOf(v) > MAX_VALUE_NODES)
    throw new LimitError(`a value of more than ${MAX_VALUE_NODES} elements (counting repeats)`);
}

function sizeOf(v: Value): number {
  if (typeof v !== "object" || v === null || v instanceof Unknown) return 1;
  const cached = sizes.get(v);
  if (cached !== undefined) return cached;
  let n = 1;
  for (const x of Array.isArray(v) ? v : Object.values(v)) {
    n += sizeOf(x);
    if (n > MAX_VALUE_NODES) break;
  }
  sizes.set(v, n);
  return n;
}

/**
 * Replaces lazy objects by plain Unknowns, copying only containers that change: records hold
 * plain values, not closures over the evaluator.
 */
export function materialize(v: Value): Value {
  if (v instanceof LazyObject) return new Unknown(v.reason, v.refs);
  if (typeof v !== "object" || v === null || v instanceof Unknown) return v;
  // Shared parts are materialized once: a large local referenced by every resource costs one walk.
  const done = materialized.get(v);
  if (done !== undefined) return done;
  const out = materializeContainer(v);
  materialized.set(v, out);
  return out;
}

const materialized = new WeakMap<object, Value>();

function materializeContainer(v: Value[] | ValueMap): Value {
  if (Array.isArray(v)) {
    let out: Value[] | undefined;
    v.forEach((x, i) => {
      const m = materialize(x);
      if (m !== x) (out ??= [...v])[i] = m;
    });
    return out ?? v;
  }
  let out: ValueMap | undefined;
  for (const [k, x] of Object.entries(v)) {
    const m = materialize(x);
    if (m !== x) {
      out ??= { ...v };
      Object.defineProperty(out, k, { value: m, enumerable: true, writable: true, configurable: true });
    }
  }
  return out ?? v;
}
