/**
 * Reading AWS IAM JSON policy documents into one regular shape. Documents arrive as parsed JSON
 * from every source, written loosely: `Statement` as an object or a list, `Action` as a string or
 * a list, `Principal` as `"*"` or a map of lists. A document or statement that cannot be read
 * is reported as unknown rather than guessed.
 */
import type { PolicyStatement } from "../../../model/types.ts";
import { isUnknown, isValueMap, type Value } from "../../../model/value.ts";

export type { PolicyStatement };

export interface PolicyDocument {
  statements: PolicyStatement[];
}

/** A parsed document, or the reason it could not be read (unknown value, malformed JSON). */
export type ReadResult = { ok: true; doc: PolicyDocument } | { ok: false; reason: string };

export interface ReadOptions {
  /**
   * The caller asks who may act, not on what (public access of a resource policy): a `Resource`
   * computed at apply time (`aws_sqs_queue.q.arn`) is left out instead of making the document
   * unknown, since an Allow to anyone is no less public whichever resource it names.
   */
  resourcesMayBeUnknown?: boolean;
}

export function readPolicy(v: Value | undefined, opts: ReadOptions = {}): ReadResult {
  if (v === undefined || v === null) return { ok: true, doc: { statements: [] } };
  if (isUnknown(v)) return { ok: false, reason: v.reason };
  let root: unknown = v;
  if (typeof v === "string") {
    if (v.trim() === "") return { ok: true, doc: { statements: [] } };
    try {
      root = JSON.parse(v);
    } catch {
      return { ok: false, reason: "policy is not valid JSON" };
    }
  }
  if (!isValueMap(root as Value)) return { ok: false, reason: "policy is not a JSON object" };
  const raw = (root as Record<string, Value>)["Statement"];
  if (raw === undefined || raw === null) return { ok: true, doc: { statements: [] } };
  if (isUnknown(raw)) return { ok: false, reason: raw.reason };
  const list = Array.isArray(raw) ? raw : [raw];
  const statements: PolicyStatement[] = [];
  for (const s of list) {
    const st = readStatement(s, opts);
    if (typeof st === "string") return { ok: false, reason: st };
    statements.push(st);
  }
  return { ok: true, doc: { statements } };
}

/** One statement, or a string saying why it cannot be read. */
function readStatement(s: Value, opts: ReadOptions): PolicyStatement | string {
  if (isUnknown(s)) return s.reason;
  if (!isValueMap(s)) return "statement is not an object";
  const effect = s["Effect"];
  if (isUnknown(effect)) return effect.reason;
  if (effect !== "Allow" && effect !== "Deny")
    return `statement effect ${JSON.stringify(effect)} is not Allow or Deny`;
  const out: PolicyStatement = { effect };
  for (const [key, field] of [
    ["Action", "actions"],
    ["NotAction", "not_actions"],
    ["Resource", "resources"],
    ["NotResource", "not_resources"],
  ] as const) {
    if (s[key] === undefined) continue;
    const onResources = key === "Resource" || key === "NotResource";
    const list = stringList(s[key], onResources && opts.resourcesMayBeUnknown === true);
    if (typeof list === "string") return `${key}: ${list}`;
    out[field] = list;
  }
  for (const [key, field] of [
    ["Principal", "principals"],
    ["NotPrincipal", "not_principals"],
  ] as const) {
    if (s[key] === undefined) continue;
    const p = principalMap(s[key]);
    if (typeof p === "string") return `${key}: ${p}`;
    if (field === "principals") out.principals = p;
    else out.not_principals = p;
  }
  if (s["Condition"] !== undefined && s["Condition"] !== null) {
    const c = conditionMap(s["Condition"]);
    if (typeof c === "string") return `Condition: ${c}`;
    out.conditions = c;
  }
  return out;
}

/** The strings of a list; with `skipUnknown`, unknown entries are left out rather than failing it. */
function stringList(v: Value | undefined, skipUnknown = false): string[] | string {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return skipUnknown ? [] : v.reason;
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of items) {
    if (isUnknown(x)) {
      if (skipUnknown) continue;
      return x.reason;
    }
    if (typeof x === "string") out.push(x);
    else if (typeof x === "number" || typeof x === "boolean") out.push(String(x));
    else return "not a string";
  }
  return out;
}

/** `"*"` is written as `{ "*": ["*"] }`: anyone, of any principal type. */
function principalMap(v: Value | undefined): Record<string, string[]> | string {
  if (isUnknown(v)) return v.reason;
  if (typeof v === "string") return v === "*" ? { "*": ["*"] } : { AWS: [v] };
  if (!isValueMap(v)) return "not a string or an object";
  const out: Record<string, string[]> = {};
  for (const [type, ids] of Object.entries(v)) {
    const list = stringList(ids);
    if (typeof list === "string") return list;
    out[type] = list;
  }
  return out;
}

function conditionMap(v: Value): Record<string, Record<string, string[]>> | string {
  if (isUnknown(v)) return v.reason;
  if (!isValueMap(v)) return "not an object";
  const out: Record<string, Record<string, string[]>> = {};
  for (const [op, keys] of Object.entries(v)) {
    if (isUnknown(keys)) return keys.reason;
    if (!isValueMap(keys)) return `${op} is not an object`;
    const inner: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(keys)) {
      const list = stringList(values);
      if (typeof list === "string") return list;
      inner[key] = list;
    }
    out[op] = inner;
  }
  return out;
}
