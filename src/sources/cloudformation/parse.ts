/**
 * Reading a CloudFormation template, YAML or JSON, into plain values with the line span of every
 * node. YAML short-form intrinsics (`!Ref x`, `!GetAtt a.b`, `!Sub …`) become their long form
 * (`{Ref: x}`, `{"Fn::GetAtt": [a, b]}`), so evaluation sees one shape.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
} from "yaml";
import { jsonNestingTooDeep } from "../json-depth.ts";

export type Tpl = string | number | boolean | null | Tpl[] | { [key: string]: Tpl };

export interface LineSpan {
  start: number;
  end: number;
}

export interface ParsedTemplate {
  value: Tpl;
  /** Dotted path from the document root (`Resources.B.Properties.Tags.0`) → its lines. */
  spans: Map<string, LineSpan>;
}

export type ParseResult =
  { ok: true; template: ParsedTemplate } | { ok: false; line: number; message: string };

const MAX_DEPTH = 128;
/** Nodes that YAML aliases may add beyond what the file writes out. */
const MAX_ALIAS_NODES = 100_000;

export function parseTemplate(text: string, isJson: boolean): ParseResult {
  return isJson ? parseJsonTemplate(text) : parseYamlTemplate(text);
}

// ---- YAML

/** Short-form tags: `!Ref` and `!Condition` are bare keys, every other one is `Fn::<name>`. */
const SHORT_TAGS = [
  "Ref",
  "Condition",
  "Sub",
  "GetAtt",
  "If",
  "Join",
  "Select",
  "Split",
  "FindInMap",
  "Equals",
  "And",
  "Or",
  "Not",
  "Base64",
  "GetAZs",
  "ImportValue",
  "Cidr",
  "Length",
  "ToJsonString",
  "Transform",
];

// Registering the tags keeps the parser from warning about them; the walk below reads `node.tag`.
const customTags = SHORT_TAGS.flatMap((name) => [
  { tag: `!${name}`, resolve: (v: string) => v },
  { tag: `!${name}`, collection: "seq" as const, resolve: (v: unknown) => v },
  { tag: `!${name}`, collection: "map" as const, resolve: (v: unknown) => v },
]);

function parseYamlTemplate(text: string): ParseResult {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, customTags, uniqueKeys: false, prettyErrors: false });
  const err = doc.errors[0];
  if (err)
    return {
      ok: false,
      line: lc.linePos(err.pos[0]).line,
      message: `invalid YAML: ${firstLine(err.message)}`,
    };
  const spans = new Map<string, LineSpan>();
  const line = (offset: number): number => lc.linePos(offset).line;
  const anchors = anchorsOf(doc);
  let expanded = 0;
  const walk = (node: unknown, path: string, depth: number, aliasLine = 0): Tpl => {
    if (depth > MAX_DEPTH) throw new TemplateError("template nested too deeply", 1);
    if (isAlias(node)) {
      const at = node.range ? line(node.range[0]) : 1;
      return walk(anchors.get(node), path, depth + 1, aliasLine || at);
    }
    // Aliases of aliases grow exponentially ("billion laughs"): what they add is bounded.
    if (aliasLine && ++expanded > MAX_ALIAS_NODES)
      throw new TemplateError(`YAML aliases expand to more than ${MAX_ALIAS_NODES} nodes`, aliasLine);
    const n = node as YamlNode | null;
    if (n?.range)
      spans.set(path, { start: line(n.range[0]), end: line(Math.max(n.range[1] - 1, n.range[0])) });
    let v: Tpl;
    if (isMap(n)) {
      const out: { [key: string]: Tpl } = {};
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = join(path, key);
        out[key] = walk(pair.value, child, depth + 1, aliasLine);
        const k = pair.key as YamlNode | null;
        const vEnd = spans.get(child)?.end;
        if (k?.range) spans.set(child, { start: line(k.range[0]), end: vEnd ?? line(k.range[1]) });
      }
      v = out;
    } else if (isSeq(n)) {
      v = n.items.map((item, i) => walk(item, join(path, String(i)), depth + 1, aliasLine));
    } else if (isScalar(n)) {
      v = scalar(n.value);
    } else v = null;
    const tag = n?.tag;
    if (tag && tag.startsWith("!") && SHORT_TAGS.includes(tag.slice(1))) return longForm(tag.slice(1), v);
    return v;
  };
  try {
    return { ok: true, template: { value: walk(doc.contents, "", 0), spans } };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, line: e.line, message: e.message };
    throw e;
  }
}

/**
 * Each alias's node, in one pass: an alias names the closest anchor before it. (The library's own
 * `resolve` walks the whole document for every alias, quadratic in a file full of aliases.)
 */
function anchorsOf(doc: Document): Map<Alias, unknown> {
  const latest = new Map<string, unknown>();
  const out = new Map<Alias, unknown>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) out.set(node, latest.get(node.source));
      else if (node.anchor) latest.set(node.anchor, node);
    },
  });
  return out;
}

function scalar(v: unknown): Tpl {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function longForm(name: string, v: Tpl): Tpl {
  if (name === "Ref" || name === "Condition") return { [name]: v };
  // `!GetAtt Res.Attr` is written as one string; the long form is a pair.
  if (name === "GetAtt" && typeof v === "string") {
    const dot = v.indexOf(".");
    return { "Fn::GetAtt": dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: v };
}

// ---- JSON

function parseJsonTemplate(text: string): ParseResult {
  const deep = jsonNestingTooDeep(text, MAX_DEPTH);
  if (deep !== undefined) return { ok: false, line: deep, message: "template nested too deeply" };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
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
  const walk = (n: JsonNode, path: string, depth: number): Tpl => {
    if (depth > MAX_DEPTH) throw new TemplateError("template nested too deeply", span(n).start);
    if (!spans.has(path)) spans.set(path, span(n));
    if (n.type === "object") {
      const out: { [key: string]: Tpl } = {};
      for (const prop of n.children ?? []) {
        const [k, val] = prop.children ?? [];
        if (!k || !val) continue;
        const child = join(path, String(k.value));
        spans.set(child, span(prop));
        out[String(k.value)] = walk(val, child, depth + 1);
      }
      return out;
    }
    if (n.type === "array")
      return (n.children ?? []).map((c, i) => walk(c, join(path, String(i)), depth + 1));
    return n.value as Tpl;
  };
  try {
    return { ok: true, template: { value: walk(tree, "", 0), spans } };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, line: e.line, message: e.message };
    throw e;
  }
}

class TemplateError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
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
