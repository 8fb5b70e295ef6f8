/**
 * Reads native HCL (`.tf`, `.tfvars`) into the syntax tree of ast.ts, through tree-sitter. The
 * grammar gives a concrete tree whose postfix steps and template text need reassembling: template
 * literal text is taken from the source between tags, because the grammar drops whitespace there.
 */
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";
import type { Attribute, BinaryOp, Block, Body, Expr, Step, TemplatePart } from "./ast.ts";
import { emptyBody } from "./ast.ts";
import { suppressionsFor } from "./suppressions.ts";

/** Nesting beyond this is refused: it keeps every later recursion far from the stack limit. */
export const MAX_NESTING = 200;

export interface SyntaxError {
  line: number;
  message: string;
}

export interface ParsedFile {
  body: Body;
  /** The first syntax error, if any: blocks containing errors are dropped, the rest is kept. */
  errors: SyntaxError[];
}

let parserPromise: Promise<Parser> | undefined;

async function makeParser(): Promise<Parser> {
  await Parser.init();
  const require = createRequire(import.meta.url);
  const wasm = require.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm");
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasm));
  return parser;
}

/** The process-wide parser, initialized once. */
export function hclParser(): Promise<Parser> {
  parserPromise ??= makeParser();
  return parserPromise;
}

/**
 * Tree-sitter takes seconds and gigabytes on brackets nested a million deep before the reader can
 * refuse them, so a cheaper count goes first. It counts brackets in strings and comments too, so
 * its bound is well above MAX_NESTING: only absurd nesting is refused unparsed.
 */
const MAX_BRACKETS = 5 * MAX_NESTING;

/** The 1-based line where open brackets first exceed `max`, or undefined. */
function bracketsTooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) return line;
    } else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

class NestingError extends Error {
  readonly line: number;
  constructor(line: number) {
    super(`nesting deeper than ${MAX_NESTING} levels`);
    this.line = line;
  }
}

const BINARY_OPS = new Set(["+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||"]);

/** Parses one file. `file` is the display path written into spans. */
export function parseHcl(parser: Parser, text: string, file: string): ParsedFile {
  const deep = bracketsTooDeep(text, MAX_BRACKETS);
  if (deep !== undefined)
    return {
      body: emptyBody(),
      errors: [{ line: deep, message: `nesting deeper than ${MAX_NESTING} levels` }],
    };
  const tree = parser.parse(text);
  if (!tree) return { body: emptyBody(), errors: [{ line: 1, message: "the parser gave no tree" }] };
  try {
    const root = tree.rootNode;
    const errors: SyntaxError[] = [];
    if (root.hasError) errors.push(firstError(root));
    const reader = new Reader(text, file);
    const lines = text.includes("parapet:ignore") ? text.split("\n") : undefined;
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    const body = emptyBody();
    if (bodyNode) {
      for (const child of bodyNode.namedChildren) {
        if (!child || child.hasError) continue;
        try {
          if (child.type === "block") {
            const block = reader.block(child, 0);
            if (lines)
              block.suppressions = suppressionsFor(lines, block.span.start_line, block.span.end_line);
            body.blocks.push(block);
          } else if (child.type === "attribute") {
            const a = reader.attribute(child, 0);
            body.attrs.set(a.name, a);
          }
        } catch (e) {
          if (!(e instanceof NestingError)) throw e;
          if (errors.length === 0) errors.push({ line: e.line, message: e.message });
        }
      }
    }
    return { body, errors };
  } finally {
    tree.delete();
  }
}

/** The first ERROR or MISSING node, in source order, iteratively (the tree may be very deep). */
function firstError(root: Node): SyntaxError {
  const cursor = root.walk();
  try {
    for (;;) {
      const n = cursor.currentNode;
      if (n.isMissing) return { line: n.startPosition.row + 1, message: `syntax error: missing ${n.type}` };
      if (n.type === "ERROR") {
        const text = n.text.split("\n")[0]!.slice(0, 40);
        return { line: n.startPosition.row + 1, message: `syntax error near ${JSON.stringify(text)}` };
      }
      if (n.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { line: 1, message: "syntax error" };
      }
    }
  } finally {
    cursor.delete();
  }
}

function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

class Reader {
  private readonly src: string;
  private readonly file: string;
  constructor(src: string, file: string) {
    this.src = src;
    this.file = file;
  }

  private span(n: Node): { file: string; start_line: number; end_line: number } {
    return { file: this.file, start_line: n.startPosition.row + 1, end_line: n.endPosition.row + 1 };
  }

  private check(n: Node, depth: number): void {
    if (depth > MAX_NESTING) throw new NestingError(n.startPosition.row + 1);
  }

  block(n: Node, depth: number): Block {
    this.check(n, depth);
    let type = "";
    const labels: string[] = [];
    let body: Body = emptyBody();
    for (const c of named(n)) {
      if (c.type === "identifier") {
        if (type === "") type = c.text;
        else labels.push(c.text);
      } else if (c.type === "string_lit") {
        labels.push(this.stringLit(c));
      } else if (c.type === "body") {
        body = this.body(c, depth + 1);
      }
    }
    return { type, labels, body, span: this.span(n), suppressions: {} };
  }

  body(n: Node, depth: number): Body {
    this.check(n, depth);
    const body = emptyBody();
    for (const c of named(n)) {
      if (c.type === "attribute") {
        const a = this.attribute(c, depth + 1);
        body.attrs.set(a.name, a);
      } else if (c.type === "block") body.blocks.push(this.block(c, depth + 1));
    }
    return body;
  }

  attribute(n: Node, depth: number): Attribute {
    const kids = named(n);
    const name = kids.find((c) => c.type === "identifier")?.text ?? "";
    const exprNode = kids.find((c) => c.type === "expression");
    const expr = exprNode ? this.expr(exprNode, depth + 1) : this.invalid(n, "attribute without a value");
    return { name, expr, span: this.span(n) };
  }

  private invalid(n: Node, reason: string): Expr {
    return { kind: "invalid", reason, line: n.startPosition.row + 1 };
  }

  /** An `expression` node: a primary followed by postfix steps. */
  expr(n: Node, depth: number): Expr {
    this.check(n, depth);
    return this.sequence(named(n), n, depth);
  }

  private sequence(nodes: Node[], at: Node, depth: number): Expr {
    const first = nodes[0];
    if (!first) return this.invalid(at, "empty expression");
    const root = this.primary(first, depth + 1);
    if (nodes.length === 1) return root;
    const steps = nodes.slice(1).flatMap((s) => this.step(s, depth + 1));
    return { kind: "traverse", root, steps, line: root.line };
  }

  private step(n: Node, depth: number): Step[] {
    this.check(n, depth);
    switch (n.type) {
      case "get_attr":
        return [{ kind: "attr", name: named(n).find((c) => c.type === "identifier")?.text ?? "" }];
      case "index": {
        const inner = named(n)[0];
        if (inner?.type === "legacy_index") {
          const digits = inner.text.replace(/^\./, "");
          return [{ kind: "index", key: { kind: "literal", value: Number(digits), line: this.line(n) } }];
        }
        const e = inner ? named(inner).find((c) => c.type === "expression") : undefined;
        return [{ kind: "index", key: e ? this.expr(e, depth + 1) : this.invalid(n, "empty index") }];
      }
      case "splat": {
        const inner = named(n)[0];
        const rest = inner ? named(inner).flatMap((c) => this.step(c, depth + 1)) : [];
        return [{ kind: "splat", steps: rest }];
      }
      default:
        return [];
    }
  }

  private line(n: Node): number {
    return n.startPosition.row + 1;
  }

  private primary(n: Node, depth: number): Expr {
    this.check(n, depth);
    const line = this.line(n);
    switch (n.type) {
      case "expression":
        return this.expr(n, depth + 1);
      case "literal_value":
        return this.literal(n);
      case "variable_expr":
        return { kind: "var", name: n.text, line };
      case "template_expr": {
        const t = named(n)[0];
        if (!t) return this.invalid(n, "empty template");
        return this.template(t, depth + 1);
      }
      case "function_call": {
        const kids = named(n);
        const name = kids.find((c) => c.type === "identifier")?.text ?? "";
        const argsNode = kids.find((c) => c.type === "function_arguments");
        const args = argsNode
          ? named(argsNode)
              .filter((c) => c.type === "expression")
              .map((c) => this.expr(c, depth + 1))
          : [];
        const expandLast = argsNode ? argsNode.children.some((c) => c?.type === "ellipsis") : false;
        return { kind: "call", name, args, expandLast, line };
      }
      case "conditional": {
        const [c, t, f] = named(n).filter((x) => x.type === "expression");
        if (!c || !t || !f) return this.invalid(n, "incomplete conditional");
        return {
          kind: "cond",
          cond: this.expr(c, depth + 1),
          then: this.expr(t, depth + 1),
          else: this.expr(f, depth + 1),
          line,
        };
      }
      case "operation": {
        const inner = named(n)[0];
        return inner ? this.primary(inner, depth + 1) : this.invalid(n, "empty operation");
      }
      case "binary_operation":
        return this.binary(n, depth);
      case "unary_operation": {
        const op = n.children.find((c) => c !== null && !c.isNamed)?.type;
        const operand = this.sequence(named(n), n, depth + 1);
        return { kind: "unary", op: op === "!" ? "!" : "-", operand, line };
      }
      case "collection_value": {
        const inner = named(n)[0];
        return inner ? this.primary(inner, depth + 1) : this.invalid(n, "empty collection");
      }
      case "tuple":
        return {
          kind: "tuple",
          items: named(n)
            .filter((c) => c.type === "expression")
            .map((c) => this.expr(c, depth + 1)),
          line,
        };
      case "object":
        return this.object(n, depth);
      case "for_expr": {
        const inner = named(n)[0];
        return inner ? this.forExpr(inner, depth + 1) : this.invalid(n, "empty for expression");
      }
      default:
        return this.invalid(n, `unsupported syntax ${n.type}`);
    }
  }

  private binary(n: Node, depth: number): Expr {
    const kids = n.children.filter((c): c is Node => c !== null && c.type !== "comment");
    const at = kids.findIndex((c) => !c.isNamed && BINARY_OPS.has(c.type));
    if (at < 0) return this.invalid(n, "binary operation without operator");
    // Parentheses around an operand are unnamed siblings here; only named nodes form operands.
    const left = this.sequence(
      kids.slice(0, at).filter((c) => c.isNamed),
      n,
      depth + 1,
    );
    const right = this.sequence(
      kids.slice(at + 1).filter((c) => c.isNamed),
      n,
      depth + 1,
    );
    return { kind: "binary", op: kids[at]!.type as BinaryOp, left, right, line: this.line(n) };
  }

  private object(n: Node, depth: number): Expr {
    const items: { key: Expr; value: Expr }[] = [];
    for (const el of named(n)) {
      if (el.type !== "object_elem") continue;
      const k = el.childForFieldName("key");
      const v = el.childForFieldName("val");
      if (!k || !v) continue;
      const kk = named(k);
      // A bare identifier key names the attribute; it is not a variable reference.
      const key: Expr =
        kk.length === 1 && kk[0]!.type === "variable_expr"
          ? { kind: "literal", value: kk[0]!.text, line: this.line(k) }
          : this.expr(k, depth + 1);
      items.push({ key, value: this.expr(v, depth + 1) });
    }
    return { kind: "object", items, line: this.line(n) };
  }

  private forExpr(n: Node, depth: number): Expr {
    const kids = named(n);
    const intro = kids.find((c) => c.type === "for_intro");
    if (!intro) return this.invalid(n, "for expression without intro");
    const ids = named(intro).filter((c) => c.type === "identifier");
    const collNode = named(intro).find((c) => c.type === "expression");
    const exprs = kids.filter((c) => c.type === "expression");
    const condNode = kids.find((c) => c.type === "for_cond");
    const condExpr = condNode ? named(condNode).find((c) => c.type === "expression") : undefined;
    const isObject = n.type === "for_object_expr";
    const valueNode = isObject ? exprs[1] : exprs[0];
    if (!collNode || !valueNode || ids.length === 0) return this.invalid(n, "incomplete for expression");
    const base = {
      kind: "for" as const,
      valVar: ids[ids.length - 1]!.text,
      coll: this.expr(collNode, depth + 1),
      value: this.expr(valueNode, depth + 1),
      group: kids.some((c) => c.type === "ellipsis"),
      line: this.line(n),
      ...(ids.length > 1 ? { keyVar: ids[0]!.text } : {}),
      ...(condExpr ? { cond: this.expr(condExpr, depth + 1) } : {}),
    };
    return isObject && exprs[0] ? { ...base, key: this.expr(exprs[0], depth + 1) } : base;
  }

  private literal(n: Node): Expr {
    const inner = named(n)[0];
    const line = this.line(n);
    if (!inner) return this.invalid(n, "empty literal");
    switch (inner.type) {
      case "numeric_lit":
        return { kind: "literal", value: Number(inner.text), line };
      case "bool_lit":
        return { kind: "literal", value: inner.text === "true", line };
      case "null_lit":
        return { kind: "literal", value: null, line };
      case "string_lit":
        return { kind: "literal", value: this.stringLit(inner), line };
      default:
        return this.invalid(n, `unsupported literal ${inner.type}`);
    }
  }

  /** A string without interpolation (block labels, literal strings). */
  private stringLit(n: Node): string {
    const kids = n.children.filter((c): c is Node => c !== null);
    const start = kids.find((c) => c.type === "quoted_template_start");
    const end = kids.find((c) => c.type === "quoted_template_end");
    return unescapeQuoted(
      this.src.slice(start ? start.endIndex : n.startIndex, end ? end.startIndex : n.endIndex),
    );
  }

  private template(n: Node, depth: number): Expr {
    const line = this.line(n);
    const kids = n.children.filter((c): c is Node => c !== null);
    let from: number;
    let to: number;
    let unescape: (s: string) => string;
    let flush = false;
    if (n.type === "quoted_template") {
      from = kids.find((c) => c.type === "quoted_template_start")?.endIndex ?? n.startIndex;
      to = kids.find((c) => c.type === "quoted_template_end")?.startIndex ?? n.endIndex;
      unescape = unescapeQuoted;
    } else if (n.type === "heredoc_template") {
      const ids = kids.filter((c) => c.type === "heredoc_identifier");
      flush = kids.some((c) => c.type === "heredoc_start" && c.text === "<<-");
      const open = ids[0];
      const close = ids.length > 1 ? ids[ids.length - 1] : undefined;
      if (!open || !close) return this.invalid(n, "unterminated heredoc");
      const nl = this.src.indexOf("\n", open.endIndex);
      from = nl < 0 ? open.endIndex : nl + 1;
      to = this.src.lastIndexOf("\n", close.startIndex - 1) + 1;
      if (to < from) to = from;
      unescape = unescapeHeredoc;
    } else {
      return this.invalid(n, `unsupported template ${n.type}`);
    }
    const tags: Tag[] = [];
    this.collectTags(n, tags, depth + 1);
    const tokens: Token[] = [];
    let pos = from;
    for (const tag of tags) {
      if (tag.start < from || tag.end > to) continue;
      tokens.push(this.src.slice(pos, tag.start));
      tokens.push(tag);
      pos = tag.end;
    }
    tokens.push(this.src.slice(pos, to));
    if (flush) dedent(tokens);
    applyStripMarkers(tokens);
    const parts = nest(tokens.map((t) => (typeof t === "string" ? unescape(t) : t)));
    return { kind: "template", parts, line };
  }

  /** Interpolations and directive tags of a template, in source order. */
  private collectTags(n: Node, out: Tag[], depth: number): void {
    this.check(n, depth);
    for (const c of named(n)) {
      switch (c.type) {
        case "template_interpolation": {
          const e = named(c).find((x) => x.type === "expression");
          out.push({
            ...this.tagBase(c),
            tag: "interp",
            expr: e ? this.expr(e, depth + 1) : this.invalid(c, "empty interpolation"),
          });
          break;
        }
        case "template_directive":
        case "template_if":
        case "template_for":
          this.collectTags(c, out, depth + 1);
          break;
        case "template_if_intro": {
          const e = named(c).find((x) => x.type === "expression");
          out.push({
            ...this.tagBase(c),
            tag: "if",
            expr: e ? this.expr(e, depth + 1) : this.invalid(c, "empty if"),
          });
          break;
        }
        case "template_else_intro":
          out.push({ ...this.tagBase(c), tag: "else" });
          break;
        case "template_if_end":
          out.push({ ...this.tagBase(c), tag: "endif" });
          break;
        case "template_for_start": {
          const ids = named(c).filter((x) => x.type === "identifier");
          const e = named(c).find((x) => x.type === "expression");
          out.push({
            ...this.tagBase(c),
            tag: "for",
            vars: ids.map((x) => x.text),
            expr: e ? this.expr(e, depth + 1) : this.invalid(c, "empty for"),
          });
          break;
        }
        case "template_for_end":
          out.push({ ...this.tagBase(c), tag: "endfor" });
          break;
      }
    }
  }

  private tagBase(n: Node): { start: number; end: number; stripBefore: boolean; stripAfter: boolean } {
    const kids = n.children.filter((c): c is Node => c !== null);
    return {
      start: n.startIndex,
      end: n.endIndex,
      stripBefore: kids[1]?.type === "strip_marker",
      stripAfter: kids[kids.length - 2]?.type === "strip_marker",
    };
  }
}

type Tag = { start: number; end: number; stripBefore: boolean; stripAfter: boolean } & (
  | { tag: "interp"; expr: Expr }
  | { tag: "if"; expr: Expr }
  | { tag: "for"; expr: Expr; vars: string[] }
  | { tag: "else" | "endif" | "endfor" }
);
type OpenTag = Extract<Tag, { tag: "if" | "for" }>;
type Token = string | Tag;

/** `<<-` heredocs: remove the smallest indentation of the non-blank lines from every line. */
function dedent(tokens: Token[]): void {
  const text = tokens.map((t) => (typeof t === "string" ? t : "\u0000")).join("");
  let min = Infinity;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0].length;
    min = Math.min(min, indent);
  }
  if (!Number.isFinite(min) || min === 0) return;
  const strip = new RegExp(`(^|\\n)[ \\t]{0,${min}}`, "g");
  const afterNewline = new RegExp(`\\n[ \\t]{0,${min}}`, "g");
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (typeof t !== "string") continue;
    // Only the first token starts a line; later tokens start mid-line after a tag.
    tokens[i] = i === 0 ? t.replace(strip, "$1") : t.replace(afterNewline, "\n");
  }
}

function applyStripMarkers(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || typeof t === "string") continue;
    if (t.stripBefore && typeof tokens[i - 1] === "string")
      tokens[i - 1] = (tokens[i - 1] as string).trimEnd();
    if (t.stripAfter && typeof tokens[i + 1] === "string")
      tokens[i + 1] = (tokens[i + 1] as string).trimStart();
  }
}

/** Turns the flat token list into nested template parts. */
function nest(tokens: Token[]): TemplatePart[] {
  type Frame = { parts: TemplatePart[]; open?: OpenTag; then?: TemplatePart[] };
  const stack: Frame[] = [{ parts: [] }];
  const top = (): Frame => stack[stack.length - 1]!;
  for (const t of tokens) {
    if (typeof t === "string") {
      if (t !== "") top().parts.push(t);
      continue;
    }
    switch (t.tag) {
      case "interp":
        top().parts.push({ kind: "interp", expr: t.expr });
        break;
      case "if":
      case "for":
        stack.push({ parts: [], open: t });
        break;
      case "else": {
        const f = top();
        f.then = f.parts;
        f.parts = [];
        break;
      }
      case "endif":
      case "endfor": {
        const f = stack[stack.length - 1]!;
        const open = f.open;
        if (!open) break; // an end without its start: the grammar reports it
        stack.pop();
        const cond = open.expr;
        if (open.tag === "if") {
          top().parts.push(
            f.then
              ? { kind: "if", cond, then: f.then, else: f.parts }
              : { kind: "if", cond, then: f.parts, else: [] },
          );
        } else {
          const vars = open.vars;
          top().parts.push({
            kind: "for",
            valVar: vars[vars.length - 1] ?? "_",
            ...(vars.length > 1 ? { keyVar: vars[0]! } : {}),
            coll: cond,
            body: f.parts,
          });
        }
        break;
      }
    }
  }
  // Unclosed directives: the grammar would have reported them; keep what was read.
  while (stack.length > 1) {
    const f = stack.pop()!;
    top().parts.push(...f.parts);
  }
  return top().parts;
}

function unescapeTemplateMarkers(s: string): string {
  return s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

function unescapeHeredoc(s: string): string {
  return unescapeTemplateMarkers(s);
}

function unescapeQuoted(s: string): string {
  if (!s.includes("\\")) return unescapeTemplateMarkers(s);
  const out = s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
    switch (e[0]) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U":
        return String.fromCodePoint(parseInt(e.slice(1), 16));
      default:
        return "\\" + e;
    }
  });
  return unescapeTemplateMarkers(out);
}
