/**
 * The syntax tree the evaluator works on. Both native HCL (through tree-sitter) and Terraform's
 * JSON syntax are read into this one shape, so evaluation never sees a parser.
 */
import type { Span } from "../../model/resource.ts";
import type { Value } from "../../model/value.ts";

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "&&" | "||";

/** One step after a root expression: `.name`, `[key]`, or a splat over the steps that follow it. */
export type Step =
  { kind: "attr"; name: string } | { kind: "index"; key: Expr } | { kind: "splat"; steps: Step[] };

export type TemplatePart =
  | string
  | { kind: "interp"; expr: Expr }
  | { kind: "if"; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { kind: "for"; keyVar?: string; valVar: string; coll: Expr; body: TemplatePart[] };

export type Expr = { line: number } & (
  | { kind: "literal"; value: Value }
  | { kind: "template"; parts: TemplatePart[] }
  | { kind: "var"; name: string }
  | { kind: "traverse"; root: Expr; steps: Step[] }
  | { kind: "call"; name: string; args: Expr[]; expandLast: boolean }
  | { kind: "cond"; cond: Expr; then: Expr; else: Expr }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr }
  | { kind: "unary"; op: "!" | "-"; operand: Expr }
  | { kind: "tuple"; items: Expr[] }
  | { kind: "object"; items: { key: Expr; value: Expr }[] }
  | {
      kind: "for";
      keyVar?: string;
      valVar: string;
      coll: Expr;
      /** Present for object `for` expressions (`{for k, v in m : k => v}`). */
      key?: Expr;
      value: Expr;
      cond?: Expr;
      group: boolean;
    }
  /** Syntax the reader could not turn into an expression; evaluates to Unknown with this reason. */
  | { kind: "invalid"; reason: string }
);

export interface Attribute {
  name: string;
  expr: Expr;
  span: Span;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  span: Span;
  /** Inline `parapet:ignore` suppressions that apply to this block (top-level blocks only). */
  suppressions: Record<string, string>;
}

export interface Body {
  attrs: Map<string, Attribute>;
  blocks: Block[];
}

export function emptyBody(): Body {
  return { attrs: new Map(), blocks: [] };
}
