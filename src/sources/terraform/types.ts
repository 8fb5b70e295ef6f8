/**
 * Variable type constraints, as far as a scanner needs them: primitive conversion of input values
 * (`"3"` for a number, `"true"` for a bool) and the defaults of `optional(type, default)`
 * attributes in object types, which decide values like `var.v.enabled` when the caller omits them.
 */
import { Unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { Expr } from "./ast.ts";
import { evaluate, setKey, type Env } from "./evaluate.ts";
import { isMap } from "./values.ts";

export type TypeSpec =
  | { kind: "any" }
  | { kind: "string" | "number" | "bool" }
  | { kind: "list" | "set" | "map"; elem: TypeSpec }
  | { kind: "tuple"; elems: TypeSpec[] }
  | { kind: "object"; attrs: Map<string, { type: TypeSpec; optional: boolean; default?: Expr }> };

const ANY: TypeSpec = { kind: "any" };

/** Reads a type expression (`object({ enabled = optional(bool, true) })`); unrecognized parts become `any`. */
export function readType(e: Expr | undefined, depth = 0): TypeSpec {
  if (!e || depth > 32) return ANY;
  if (e.kind === "var") {
    if (e.name === "string" || e.name === "number" || e.name === "bool") return { kind: e.name };
    return ANY;
  }
  if (e.kind !== "call") return ANY;
  const [first] = e.args;
  switch (e.name) {
    case "list":
    case "set":
    case "map":
      return { kind: e.name, elem: readType(first, depth + 1) };
    case "tuple":
      return first?.kind === "tuple"
        ? { kind: "tuple", elems: first.items.map((x) => readType(x, depth + 1)) }
        : ANY;
    case "object": {
      if (first?.kind !== "object") return ANY;
      const attrs = new Map<string, { type: TypeSpec; optional: boolean; default?: Expr }>();
      for (const item of first.items) {
        if (item.key.kind !== "literal" || typeof item.key.value !== "string") continue;
        const v = item.value;
        if (v.kind === "call" && v.name === "optional") {
          const def = v.args[1];
          attrs.set(item.key.value, {
            type: readType(v.args[0], depth + 1),
            optional: true,
            ...(def ? { default: def } : {}),
          });
        } else attrs.set(item.key.value, { type: readType(v, depth + 1), optional: false });
      }
      return { kind: "object", attrs };
    }
    default:
      return ANY;
  }
}

/** Converts a value to a type where Terraform would, filling optional attributes; never throws. */
export function convert(v: Value, t: TypeSpec, env: Env, depth = 0): Value {
  if (v === null || v instanceof Unknown || depth > 32) return v;
  switch (t.kind) {
    case "any":
      return v;
    case "string":
      return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
    case "number":
      return typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : v;
    case "bool":
      return v === "true" ? true : v === "false" ? false : v;
    case "list":
    case "set":
      return Array.isArray(v) ? v.map((x) => convert(x, t.elem, env, depth + 1)) : v;
    case "tuple":
      return Array.isArray(v) ? v.map((x, i) => convert(x, t.elems[i] ?? ANY, env, depth + 1)) : v;
    case "map": {
      if (!isMap(v)) return v;
      const out: ValueMap = {};
      for (const [k, x] of Object.entries(v)) setKey(out, k, convert(x, t.elem, env, depth + 1));
      return out;
    }
    case "object": {
      if (!isMap(v)) return v;
      const out: ValueMap = { ...v };
      for (const [name, a] of t.attrs) {
        const present = Object.hasOwn(v, name) && v[name] !== null;
        if (present) setKey(out, name, convert(v[name] as Value, a.type, env, depth + 1));
        else if (a.optional) {
          const d = a.default ? safeDefault(a.default, env) : null;
          setKey(out, name, convert(d, a.type, env, depth + 1));
        }
      }
      return out;
    }
  }
}

function safeDefault(e: Expr, env: Env): Value {
  try {
    return evaluate(e, env);
  } catch {
    return null;
  }
}
