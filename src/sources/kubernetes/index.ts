/**
 * The Kubernetes loader: manifests (multi-document YAML, JSON, `kind: List`) → one RawRecord per
 * object, its manifest as attributes and the line span of every field. Records keep the API's
 * own field names; the Kubernetes normalizers turn them into the common model.
 */
import { readFileSync, statSync } from "node:fs";
import type { LoadResult, RawRecord, ScanError } from "../../model/raw.ts";
import type { Span } from "../../model/resource.ts";
import type { ValueMap } from "../../model/value.ts";
import { MAX_FILE_BYTES } from "../discover.ts";
import type { Loader, LoaderContext } from "../loader.ts";
import { suppressionsFor } from "../terraform/suppressions.ts";
import { parseManifests, type Doc, type LineSpan, type ParsedDoc } from "./parse.ts";

const SOURCE = "kubernetes";

/** Kinds that live outside any namespace: their address carries no namespace. */
const CLUSTER_SCOPED = new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "StorageClass",
  "ClusterRole",
  "ClusterRoleBinding",
  "CustomResourceDefinition",
  "PodSecurityPolicy",
  "PriorityClass",
  "RuntimeClass",
  "IngressClass",
  "APIService",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
]);

export const loadKubernetes: Loader = async (files: string[], ctx: LoaderContext): Promise<LoadResult> => {
  const out: LoadResult = { records: [], errors: [], stats: { files: { [SOURCE]: 0 }, skipped: [] } };
  for (const file of files) {
    const shown = ctx.display(file);
    let text: string;
    try {
      if (statSync(file).size > MAX_FILE_BYTES) {
        out.stats.skipped.push({ file: shown, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
        continue;
      }
      text = readFileSync(file, "utf8");
    } catch (e) {
      out.errors.push({ source: SOURCE, file: shown, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const r = readManifests(text, shown);
    if (r.skipped) {
      out.stats.skipped.push({ file: shown, reason: r.skipped });
      continue;
    }
    out.stats.files[SOURCE]!++;
    out.records.push(...r.records);
    out.errors.push(...r.errors);
  }
  return out;
};

export interface ManifestResult {
  records: RawRecord[];
  errors: ScanError[];
  /** Why the file is not read, when it turns out not to be plain manifests. */
  skipped?: string;
}

/** Reads one file's manifests into records. */
export function readManifests(text: string, file: string): ManifestResult {
  // Helm and other templating write `{{ … }}`: such a file is not Kubernetes until it is rendered.
  if (/\{\{[\s\S]*?\}\}/.test(text))
    return {
      records: [],
      errors: [],
      skipped:
        "template syntax ({{ }}): render it first (helm template, kustomize build) and scan the output",
    };
  const parsed = parseManifests(text, /^\s*[{[]/.test(text));
  if (!parsed.ok)
    return { records: [], errors: [{ source: SOURCE, file, line: parsed.line, message: parsed.message }] };
  const lines = text.split("\n");
  const records: RawRecord[] = [];
  const errors: ScanError[] = parsed.problems.map((p) => ({
    source: SOURCE,
    file,
    line: p.line,
    message: p.message,
  }));
  const seen = new Map<string, number>();
  const add = (obj: { [key: string]: Doc }, spans: Map<string, LineSpan>, prefix: string): void => {
    const kind = obj["kind"];
    if (typeof kind !== "string" || typeof obj["apiVersion"] !== "string") return; // not an object of the API
    if (kind === "List" || (kind.endsWith("List") && Array.isArray(obj["items"]))) {
      const items = obj["items"];
      if (Array.isArray(items))
        items.forEach((item, i) => {
          if (isObject(item)) add(item, spans, `${prefix}items.${i}.`);
        });
      return;
    }
    const docSpan = spans.get(prefix.replace(/\.$/, "")) ?? { start: 1, end: 1 };
    const meta = isObject(obj["metadata"]) ? obj["metadata"] : {};
    const name = str(meta["name"]) ?? str(meta["generateName"]) ?? `unnamed-${kind.toLowerCase()}`;
    const ns = str(meta["namespace"]);
    let address = CLUSTER_SCOPED.has(kind) ? `${kind}/${name}` : `${kind}/${ns ?? "default"}/${name}`;
    const n = (seen.get(address) ?? 0) + 1;
    seen.set(address, n);
    if (n > 1) {
      errors.push({
        source: SOURCE,
        file,
        line: docSpan.start,
        message: `${address} is defined more than once in this file; the later definition is judged separately`,
      });
      address = `${address}[${n - 1}]`;
    }
    records.push({
      format: "kubernetes",
      native_type: kind,
      address,
      name,
      mode: "resource",
      root: file,
      module: "",
      span: { file, start_line: docSpan.start, end_line: docSpan.end },
      attrs: obj as ValueMap,
      attrSpans: fieldSpans(spans, prefix, file),
      suppressions: suppressionsFor(lines, docSpan.start, docSpan.end),
    });
  };
  for (const doc of parsed.docs) if (isObject(doc.value)) add(doc.value, doc.spans, "");
  if (records.length === 0 && errors.length === 0 && !parsed.docs.some(isApiObject))
    return { records: [], errors: [], skipped: "no Kubernetes objects (apiVersion and kind) in the file" };
  return { records, errors };
}

function isApiObject(d: ParsedDoc): boolean {
  return (
    isObject(d.value) && typeof d.value["kind"] === "string" && typeof d.value["apiVersion"] === "string"
  );
}

function isObject(d: Doc | undefined): d is { [key: string]: Doc } {
  return typeof d === "object" && d !== null && !Array.isArray(d);
}

function str(d: Doc | undefined): string | undefined {
  return typeof d === "string" && d !== "" ? d : undefined;
}

function fieldSpans(spans: Map<string, LineSpan>, prefix: string, file: string): Record<string, Span> {
  const out: Record<string, Span> = {};
  for (const [path, s] of spans) {
    if (path.startsWith(prefix) && path.length > prefix.length)
      out[path.slice(prefix.length)] = { file, start_line: s.start, end_line: s.end };
  }
  return out;
}
