/** What every Kubernetes normalizer shares: the builder, names and namespaces. */
import type { RawRecord } from "../../model/raw.ts";
import type { Span } from "../../model/resource.ts";
import { getPath, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import { ResourceBuilder } from "../kit.ts";

/** Builds a Kubernetes resource named by `metadata.name`, tagged with its labels. */
export function builder(record: RawRecord, type: string): ResourceBuilder {
  const b = new ResourceBuilder(record, { provider: "kubernetes", type, name: record.name });
  b.resource.tags = stringMap(getPath(record.attrs, "metadata.labels"));
  return b;
}

/**
 * `namespace` and `namespace_set`. A manifest without a namespace lands in the namespace of the
 * kubectl context, `default` unless told otherwise: that is what the rules judge.
 */
export function setNamespace(b: ResourceBuilder): void {
  const ns = b.attr("metadata.namespace");
  const written = typeof ns === "string" && ns !== "";
  b.set("namespace", written ? ns : "default", { attr: "metadata.namespace" });
  b.set("namespace_set", written, { attr: "metadata.namespace" });
}

export function stringMap(v: Value | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isValueMap(v)) return out;
  for (const [k, x] of Object.entries(v))
    if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") out[k] = String(x);
  return out;
}

export function strings(v: Value | undefined): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === "string");
}

export function maps(v: Value | undefined): ValueMap[] {
  return Array.isArray(v) ? v.filter(isValueMap) : [];
}

/** YAML writes booleans; quoted ones ("true") are read the way the API server reads them: not at all. */
export function bool(v: Value | undefined): boolean | null {
  return typeof v === "boolean" ? v : null;
}

/** The span of the deepest written prefix of a manifest path, else the whole object. */
export function spanOf(record: RawRecord, attr: string): Span {
  const parts = attr.split(".");
  for (let n = parts.length; n > 0; n--) {
    const s = record.attrSpans[parts.slice(0, n).join(".")];
    if (s) return s;
  }
  return record.span;
}
