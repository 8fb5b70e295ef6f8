/**
 * Helpers every normalizer uses to build a `Resource` from a `RawRecord` while recording where
 * each config value came from, so that findings point at the attribute that decided them.
 */
import type { RawRecord } from "../model/raw.ts";
import type { Provider, Resource, ResourcePart, Span } from "../model/resource.ts";
import { getPath, isUnknown, isValueMap, unknown, type Value, type ValueMap } from "../model/value.ts";

export class ResourceBuilder {
  readonly resource: Resource;
  private readonly record: RawRecord;

  constructor(record: RawRecord, init: { provider: Provider; type: string; name?: string }) {
    this.record = record;
    const name = init.name ?? nameOf(record);
    this.resource = {
      uid: `${record.span.file}#${record.address}`,
      provider: init.provider,
      type: init.type,
      native_type: record.native_type,
      name,
      project: record.providerConfig?.project ?? record.providerConfig?.account ?? null,
      region: record.providerConfig?.region ?? null,
      tags: tagsOf(record.attrs),
      config: {},
      metadata: {},
      raw: record.attrs,
      source: {
        kind: record.format,
        file: record.span.file,
        start_line: record.span.start_line,
        end_line: record.span.end_line,
        address: record.address,
      },
      positions: {},
      suppressions: { ...record.suppressions },
    };
  }

  /** Reads an attribute of the primary record (`versioning.0.enabled`); undefined when absent. */
  attr(path: string): Value | undefined {
    return getPath(this.record.attrs, path);
  }

  /** Sets a config path, remembering the span of the attribute (or record) it came from. */
  set(configPath: string, value: Value, from?: { record?: RawRecord; attr?: string } | Span): this {
    setPath(this.resource.config, configPath, value);
    const span = spanFor(this.record, from);
    if (span) (this.resource.positions ??= {})[configPath] = span;
    return this;
  }

  /** Sets a config path from an attribute of the primary record, with a default when absent. */
  fromAttr(configPath: string, attrPath: string, fallback: Value, map: (v: Value) => Value = (v) => v): this {
    const v = this.attr(attrPath);
    if (v === undefined || v === null) return this.set(configPath, fallback);
    return this.set(configPath, isUnknown(v) ? v : map(v), { attr: attrPath });
  }

  /** Records a joined companion block and merges its suppressions. */
  join(part: RawRecord): this {
    const entry: ResourcePart = {
      native_type: part.native_type,
      address: part.address,
      raw: part.attrs,
      span: part.span,
    };
    (this.resource.parts ??= []).push(entry);
    this.resource.suppressions = { ...part.suppressions, ...this.resource.suppressions };
    return this;
  }

  link(kind: string, target: string): this {
    (this.resource.links ??= []).push({ kind, target });
    return this;
  }

  build(): Resource {
    return this.resource;
  }
}

function spanFor(
  primary: RawRecord,
  from: { record?: RawRecord; attr?: string } | Span | undefined,
): Span | undefined {
  if (!from) return undefined;
  if ("file" in from) return from;
  const rec = from.record ?? primary;
  if (from.attr !== undefined) {
    // The attribute itself, or the closest enclosing block that is written down.
    const parts = from.attr.split(".");
    for (let n = parts.length; n > 0; n--) {
      const span = rec.attrSpans[parts.slice(0, n).join(".")];
      if (span) return span;
    }
  }
  return rec.span;
}

export function setPath(target: ValueMap, path: string, value: Value): void {
  const parts = path.split(".");
  let cur: ValueMap = target;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (!isValueMap(next)) cur[part] = {};
    cur = cur[part] as ValueMap;
  }
  cur[parts[parts.length - 1] as string] = value;
}

export function nameOf(record: RawRecord): string {
  for (const key of ["name", "bucket", "identifier", "cluster_identifier", "function_name"]) {
    const v = record.attrs[key];
    if (typeof v === "string" && v !== "") return v;
  }
  return record.name;
}

/** Tags or labels as a flat string map; unknown values are left out. */
export function tagsOf(attrs: ValueMap): Record<string, string> {
  const src = attrs["tags"] ?? attrs["labels"];
  const out: Record<string, string> = {};
  if (!isValueMap(src)) return out;
  for (const [k, v] of Object.entries(src)) {
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = String(v);
  }
  return out;
}

/** Coerces Terraform's loose typing ("true", 1) into a boolean, keeping unknowns. */
export function asBool(v: Value | undefined, fallback: boolean | null = null): Value {
  if (v === undefined || v === null) return fallback;
  if (isUnknown(v)) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v.toLowerCase() === "true") return true;
    if (v.toLowerCase() === "false") return false;
  }
  if (typeof v === "number") return v !== 0;
  return unknown(`not a boolean: ${JSON.stringify(v).slice(0, 40)}`);
}

export function asNumber(v: Value | undefined, fallback: number | null = null): Value {
  if (v === undefined || v === null) return fallback;
  if (isUnknown(v) || typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return unknown(`not a number: ${JSON.stringify(v).slice(0, 40)}`);
}

/** The first element of a nested block list (`versioning.0`), or undefined. */
export function block(attrs: ValueMap, name: string): ValueMap | undefined {
  const v = attrs[name];
  if (Array.isArray(v)) {
    const first = v[0];
    return isValueMap(first) ? first : undefined;
  }
  return isValueMap(v) ? v : undefined;
}

/** Every element of a nested block list. */
export function blocks(attrs: ValueMap, name: string): ValueMap[] {
  const v = attrs[name];
  if (Array.isArray(v)) return v.filter(isValueMap);
  return isValueMap(v) ? [v] : [];
}

/** Parses a JSON policy document written as a string (jsonencode output or a heredoc). */
export function parsePolicy(v: Value | undefined): Value {
  if (v === undefined || v === null) return null;
  if (isUnknown(v) || typeof v !== "string") return v;
  try {
    return JSON.parse(v) as Value;
  } catch {
    return unknown("policy is not valid JSON");
  }
}
