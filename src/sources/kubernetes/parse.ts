/**
 * Reading Kubernetes manifests: multi-document YAML (or one JSON document) into plain values with
 * the line span of every node, keyed by dotted path within its document
 * (`spec.template.spec.containers.0.image`).
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from "yaml";

export type Doc = string | number | boolean | null | Doc[] | { [key: string]: Doc };

export interface LineSpan {
  start: number;
  end: number;
}

export interface ParsedDoc {
  value: Doc;
  /** Dotted path within the document (`metadata.name`) → its lines; `""` is the whole document. */
  spans: Map<string, LineSpan>;
}

export interface ParseProblem {
  line: number;
  message: string;
}

/** `problems`: documents that could not be read (a multi-document file keeps its readable ones). */
export type ParseResult =
  { ok: true; docs: ParsedDoc[]; problems: ParseProblem[] } | ({ ok: false } & ParseProblem);

const MAX_DEPTH = 128;
/** Alias expansion is bounded so a "billion laughs" document cannot exhaust memory. */
const MAX_ALIAS_COUNT = 1000;

export function parseManifests(text: string, isJson: boolean): ParseResult {
  return isJson ? parseJson(text) : parseYaml(text);
}

class ManifestError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

// ---- YAML

function parseYaml(text: string): ParseResult {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  const line = (offset: number): number => lc.linePos(offset).line;
  // A file that is not YAML at all comes back as an empty collection with errors.
  const list = Array.isArray(docs) ? docs : [];
  const out: ParsedDoc[] = [];
  const problems: ParseProblem[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      problems.push({ line: line(err.pos[0]), message: `invalid YAML: ${firstLine(err.message)}` });
      continue;
    }
    const spans = new Map<string, LineSpan>();
    let aliases = 0;
    const walk = (node: unknown, path: string, depth: number): Doc => {
      if (depth > MAX_DEPTH) throw new ManifestError("document nested too deeply", 1);
      if (isAlias(node)) {
        if (++aliases > MAX_ALIAS_COUNT) throw new ManifestError("too many YAML aliases", 1);
        return walk(node.resolve(doc), path, depth + 1);
      }
      const n = node as YamlNode | null;
      if (n?.range)
        spans.set(path, { start: line(n.range[0]), end: line(Math.max(n.range[1] - 1, n.range[0])) });
      if (isMap(n)) {
        const obj: { [key: string]: Doc } = {};
        for (const pair of n.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const child = join(path, key);
          obj[key] = walk(pair.value, child, depth + 1);
          const k = pair.key as YamlNode | null;
          const vEnd = spans.get(child)?.end;
          if (k?.range) spans.set(child, { start: line(k.range[0]), end: vEnd ?? line(k.range[1]) });
        }
        return obj;
      }
      if (isSeq(n)) return n.items.map((item, i) => walk(item, join(path, String(i)), depth + 1));
      if (isScalar(n)) return scalar(n.value);
      return null;
    };
    try {
      const value = walk(doc.contents, "", 0);
      if (doc.contents?.range) {
        // The document's own span runs from its first node to its last, comments excluded.
        const r = doc.contents.range;
        spans.set("", { start: line(r[0]), end: line(Math.max(r[1] - 1, r[0])) });
      }
      out.push({ value, spans });
    } catch (e) {
      if (!(e instanceof ManifestError)) throw e;
      problems.push({ line: e.line, message: e.message });
    }
  }
  return { ok: true, docs: out, problems };
}

function scalar(v: unknown): Doc {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

// ---- JSON

/** One JSON document with spans; ARM templates may carry `//` comments, manifests may not. */
export function parseJson(text: string, allowComments = false): ParseResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    allowTrailingComma: allowComments,
    disallowComments: !allowComments,
  });
  const starts = lineStarts(text);
  const first = errors[0];
  if (first || !tree)
    return {
      ok: false,
      line: first ? lineOf(starts, first.offset) : 1,
      message: first ? `invalid JSON: ${printParseErrorCode(first.error)}` : "empty file",
    };
  const spans = new Map<string, LineSpan>();
  const span = (n: JsonNode): LineSpan => ({
    start: lineOf(starts, n.offset),
    end: lineOf(starts, n.offset + Math.max(n.length - 1, 0)),
  });
  const walk = (n: JsonNode, path: string, depth: number): Doc => {
    if (depth > MAX_DEPTH) throw new ManifestError("document nested too deeply", span(n).start);
    if (!spans.has(path)) spans.set(path, span(n));
    if (n.type === "object") {
      const obj: { [key: string]: Doc } = {};
      for (const prop of n.children ?? []) {
        const [k, val] = prop.children ?? [];
        if (!k || !val) continue;
        const child = join(path, String(k.value));
        spans.set(child, span(prop));
        obj[String(k.value)] = walk(val, child, depth + 1);
      }
      return obj;
    }
    if (n.type === "array")
      return (n.children ?? []).map((c, i) => walk(c, join(path, String(i)), depth + 1));
    return n.value as Doc;
  };
  try {
    return { ok: true, docs: [{ value: walk(tree, "", 0), spans }], problems: [] };
  } catch (e) {
    if (e instanceof ManifestError) return { ok: false, line: e.line, message: e.message };
    throw e;
  }
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
