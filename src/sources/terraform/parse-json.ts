/**
 * Terraform's JSON syntax (`.tf.json`) read into the same syntax tree as native HCL, keeping
 * positions. Strings containing `${` or `%{` are templates. Without provider schemas, an object
 * value is read as a nested block unless its name says it is a map argument (`tags`, `labels`, …);
 * arrays of objects are repeated nested blocks. JSON has no comments: a block's `"//"` property
 * (Terraform's comment convention) carries `parapet:ignore <rule-id> <reason>`.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { Parser } from "web-tree-sitter";
import type { Span } from "../../model/resource.ts";
import type { Attribute, Block, Body, Expr } from "./ast.ts";
import { emptyBody } from "./ast.ts";
import { MAX_NESTING, parseHcl, type ParsedFile } from "./parse-hcl.ts";
import { jsonNestingTooDeep } from "../json-depth.ts";

/** Labels each top-level block type takes in the JSON nesting. */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  variable: 1,
  output: 1,
  module: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
  moved: 0,
  import: 0,
  check: 1,
};

/** Arguments whose object value is a map, not a nested block. */
const MAP_ARG =
  /(^|_)(tags|tags_all|labels|metadata|variables|parameters|annotations|environment|attributes|triggers|options|settings|properties|values|default|headers|selector|data|outputs|inputs)$/;
/** Block types whose bodies hold only arguments: an object there is a value. */
const ARGUMENTS_ONLY = new Set(["locals", "module", "output", "variable"]);
/** Arguments whose string value is an expression, not text (`"aws.west"`, `"list(string)"`). */
const EXPR_ARGS: Record<string, ReadonlySet<string>> = {
  resource: new Set(["provider"]),
  data: new Set(["provider"]),
  variable: new Set(["type"]),
  dynamic: new Set(["iterator"]),
};
const NONE: ReadonlySet<string> = new Set();

class NestingError extends Error {}

export function parseTfJson(text: string, file: string, parser: Parser): ParsedFile {
  const deep = jsonNestingTooDeep(text, MAX_NESTING);
  if (deep !== undefined)
    return {
      body: emptyBody(),
      errors: [{ line: deep, message: `nesting deeper than ${MAX_NESTING} levels` }],
    };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  const lines = lineStarts(text);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  if (parseErrors.length) {
    const e = parseErrors[0]!;
    return {
      body: emptyBody(),
      errors: [{ line: lineOf(e.offset), message: `invalid JSON: ${printParseErrorCode(e.error)}` }],
    };
  }
  if (!root || root.type !== "object")
    return { body: emptyBody(), errors: [{ line: 1, message: "a .tf.json file must hold a JSON object" }] };
  const span = (n: JsonNode): Span => ({
    file,
    start_line: lineOf(n.offset),
    end_line: lineOf(n.offset + n.length),
  });
  const reader = new JsonReader(parser, span, lineOf);
  const body = emptyBody();
  try {
    for (const prop of root.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v || typeof k.value !== "string") continue;
      const labels = LABELS[k.value];
      if (labels === undefined) continue;
      for (const block of reader.blocks(k.value, v, labels, [], 0)) {
        body.blocks.push(block);
      }
    }
  } catch (e) {
    if (!(e instanceof NestingError)) throw e;
    return { body, errors: [{ line: 1, message: `nesting deeper than ${MAX_NESTING} levels` }] };
  }
  return { body, errors: [] };
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}

class JsonReader {
  private readonly parser: Parser;
  private readonly span: (n: JsonNode) => Span;
  private readonly lineOf: (offset: number) => number;
  constructor(parser: Parser, span: (n: JsonNode) => Span, lineOf: (offset: number) => number) {
    this.parser = parser;
    this.span = span;
    this.lineOf = lineOf;
  }

  /** Blocks of `type` from a value nested `labels` objects deep; arrays repeat a level. */
  blocks(type: string, v: JsonNode, labels: number, got: string[], depth: number): Block[] {
    if (depth > MAX_NESTING) throw new NestingError();
    if (v.type === "array")
      return (v.children ?? []).flatMap((c) => this.blocks(type, c, labels, got, depth + 1));
    if (v.type !== "object") return [];
    if (labels === 0)
      return [
        {
          type,
          labels: got,
          body: this.body(v, depth + 1, ARGUMENTS_ONLY.has(type), EXPR_ARGS[type] ?? NONE),
          span: this.span(v),
          suppressions: commentSuppressions(v),
        },
      ];
    return (v.children ?? []).flatMap((prop) => {
      const [k, val] = prop.children ?? [];
      if (!k || !val || typeof k.value !== "string" || k.value === "//") return [];
      return this.blocks(type, val, labels - 1, [...got, k.value], depth + 1);
    });
  }

  /** `exprArgs`: arguments of this block type whose strings are expressions, not text. */
  body(obj: JsonNode, depth: number, argumentsOnly = false, exprArgs: ReadonlySet<string> = NONE): Body {
    if (depth > MAX_NESTING) throw new NestingError();
    const body = emptyBody();
    for (const prop of obj.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v || typeof k.value !== "string") continue;
      const name = k.value;
      if (name === "//") continue;
      if (name === "dynamic") {
        body.blocks.push(...this.blocks("dynamic", v, 1, [], depth + 1));
        continue;
      }
      const isBlockList =
        v.type === "array" &&
        (v.children ?? []).length > 0 &&
        (v.children ?? []).every((c) => c.type === "object");
      if (!argumentsOnly && !MAP_ARG.test(name) && (v.type === "object" || isBlockList)) {
        const items = v.type === "array" ? (v.children ?? []) : [v];
        for (const item of items)
          body.blocks.push({
            type: name,
            labels: [],
            body: this.body(item, depth + 1),
            span: this.span(item),
            suppressions: {},
          });
        continue;
      }
      const attr: Attribute = {
        name,
        expr: this.expr(v, depth + 1, exprArgs.has(name)),
        span: this.span(prop),
      };
      body.attrs.set(name, attr);
    }
    return body;
  }

  expr(n: JsonNode, depth: number, asExpression = false): Expr {
    if (depth > MAX_NESTING) throw new NestingError();
    const line = this.lineOf(n.offset);
    switch (n.type) {
      case "string": {
        const s = n.value as string;
        if (asExpression) return this.hcl(s, line);
        if (!s.includes("${") && !s.includes("%{")) return { kind: "literal", value: s, line };
        return this.hcl(JSON.stringify(s), line);
      }
      case "number":
      case "boolean":
      case "null":
        return { kind: "literal", value: n.value as number | boolean | null, line };
      case "array":
        return { kind: "tuple", items: (n.children ?? []).map((c) => this.expr(c, depth + 1)), line };
      case "object":
        return {
          kind: "object",
          items: (n.children ?? []).flatMap((prop) => {
            const [k, v] = prop.children ?? [];
            if (!k || !v || typeof k.value !== "string" || k.value === "//") return [];
            return [{ key: this.expr(k, depth + 1), value: this.expr(v, depth + 1) }];
          }),
          line,
        };
      default:
        return { kind: "invalid", reason: `unexpected JSON ${n.type}`, line };
    }
  }

  /** An HCL expression written inside a JSON string, with its errors pointing at the string's line. */
  private hcl(source: string, line: number): Expr {
    const parsed = parseHcl(this.parser, `v = ${source}\n`, "");
    const a = parsed.body.attrs.get("v");
    if (parsed.errors.length || !a)
      return { kind: "invalid", reason: `invalid expression ${source.slice(0, 60)}`, line };
    return relocate(a.expr, line);
  }
}

/** Moves an expression parsed from a snippet to the JSON string's line. */
function relocate(e: Expr, line: number): Expr {
  return JSON.parse(JSON.stringify(e), (k, v: unknown) => (k === "line" ? line : v)) as Expr;
}

/** JSON syntax has no comments; Terraform reserves the `"//"` property for them. */
function commentSuppressions(obj: JsonNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const prop of obj.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (k?.value !== "//") continue;
    const texts =
      v?.type === "array" ? (v.children ?? []).map((c) => c.value as unknown) : [v?.value as unknown];
    for (const t of texts) {
      const m =
        typeof t === "string" ? /parapet:ignore\s+([A-Za-z0-9_.:-]+)(?:\s+(.*))?$/.exec(t.trim()) : null;
      if (m) out[m[1]!] = (m[2] ?? "").trim();
    }
  }
  return out;
}
