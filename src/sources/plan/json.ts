/** Reading a plan file: strict JSON, with the line of a parse error and of each resource change. */
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { jsonNestingTooDeep } from "../json-depth.ts";

/** Far deeper than any provider schema nests; every later walk over the values recurses. */
const MAX_NESTING = 256;

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export type Parsed =
  { ok: true; value: JsonValue; tree: Node } | { ok: false; line: number; message: string };

/** Parses strict JSON (no comments, no trailing commas), keeping the syntax tree for positions. */
export function parseJson(text: string): Parsed {
  const deep = jsonNestingTooDeep(text, MAX_NESTING);
  if (deep !== undefined)
    return { ok: false, line: deep, message: `nesting deeper than ${MAX_NESTING} levels` };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !tree)
    return {
      ok: false,
      line: first ? lineAt(text, first.offset) : 1,
      message: first ? `invalid JSON: ${printParseErrorCode(first.error)}` : "empty file",
    };
  return { ok: true, value: JSON.parse(text) as JsonValue, tree };
}

/** Line spans of the elements of the array at `key` of the top-level object. */
export function elementLines(text: string, tree: Node, key: string): { start: number; end: number }[] {
  const prop = tree.children?.find((p) => p.children?.[0]?.value === key);
  const arr = prop?.children?.[1];
  if (arr?.type !== "array") return [];
  const starts = lineStarts(text);
  return (arr.children ?? []).map((el) => ({
    start: lineOf(starts, el.offset),
    end: lineOf(starts, el.offset + Math.max(el.length - 1, 0)),
  }));
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
