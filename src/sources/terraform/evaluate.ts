/**
 * The HCL expression evaluator. Unknown values flow through every operation carrying the union
 * of their references; Terraform errors are thrown as EvalError (so `try()` can catch them) and
 * become Unknown at the attribute that contained them. Work and nesting are bounded.
 */
import { Unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { Expr, Step, TemplatePart } from "./ast.ts";
import { callFunction, type FunctionHost } from "./functions.ts";
import {
  EvalError,
  LazyObject,
  LimitError,
  checkCollection,
  checkSize,
  checkString,
  equal,
  isMap,
  propagate,
  sortedKeys,
  toBool,
  toNum,
  toStr,
  typeName,
  unknownFrom,
} from "./values.ts";

/** Evaluation nesting (expressions within expressions, references within references). */
export const MAX_EVAL_DEPTH = 1200;

/** Work units one module tree may spend; each evaluated node or produced element costs one. */
export const DEFAULT_BUDGET = 20_000_000;
/** Work units one attribute value may spend, so one runaway expression does not starve the rest. */
export const VALUE_BUDGET = 1_000_000;

export class Budget {
  private left: number;
  private valueLeft = VALUE_BUDGET;
  /** Current expression nesting. */
  depth = 0;
  /** Current nesting of attribute values evaluated to resolve references. */
  references = 0;
  constructor(units = DEFAULT_BUDGET) {
    this.left = units;
  }
  /** Starts the allowance of a new top-level value. */
  beginValue(): void {
    this.valueLeft = VALUE_BUDGET;
  }
  spend(n = 1): void {
    this.left -= n;
    this.valueLeft -= n;
    if (this.valueLeft < 0) throw new LimitError("a value needs more work than allowed (runaway expansion?)");
    if (this.left < 0)
      throw new LimitError("the module tree needs more work than allowed (runaway expansion?)");
  }
}

/** What names resolve to beyond iteration variables: `var`, `local`, resource types, … */
export interface Env extends FunctionHost {
  budget: Budget;
  lookup(name: string, line: number): Value;
}

/** Iteration variables in scope (`each`, `count`, a `for` variable, a dynamic block's iterator). */
export interface Vars {
  has(name: string): boolean;
  get(name: string): Value | undefined;
}
const NO_VARS: Vars = new Map<string, Value>();

/** A scope adding bindings to its parent without copying it: iteration makes one per element. */
export function withVars(parent: Vars, a: string, av: Value, b?: string, bv?: Value): Vars {
  return {
    has: (n) => n === a || (b !== undefined && n === b) || parent.has(n),
    get: (n) => (n === a ? av : b !== undefined && n === b ? (bv as Value) : parent.get(n)),
  };
}

export function setKey(o: ValueMap, k: string, v: Value): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export function evaluate(e: Expr, env: Env, vars: Vars = NO_VARS): Value {
  const b = env.budget;
  b.spend();
  if (++b.depth > MAX_EVAL_DEPTH) {
    b.depth--;
    throw new LimitError(`expressions or references nested deeper than ${MAX_EVAL_DEPTH} levels`);
  }
  try {
    const v = evalNode(e, env, vars);
    if (typeof v === "object" && v !== null) checkSize(v);
    return v;
  } finally {
    b.depth--;
  }
}

function evalNode(e: Expr, env: Env, vars: Vars): Value {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "invalid":
      throw new EvalError(e.reason);
    case "var": {
      if (vars.has(e.name)) return vars.get(e.name) as Value;
      return env.lookup(e.name, e.line);
    }
    case "traverse": {
      const root = evaluate(e.root, env, vars);
      return applySteps(root, e.steps, env, vars);
    }
    case "template":
      return evalTemplate(e.parts, env, vars);
    case "call":
      return evalCall(e, env, vars);
    case "cond":
      return evalCond(e.cond, e.then, e.else, env, vars);
    case "unary": {
      const v = evaluate(e.operand, env, vars);
      if (v instanceof Unknown) return unknownFrom(v.reason, v);
      return e.op === "!" ? !toBool(v) : -toNum(v);
    }
    case "binary":
      return evalBinary(e.op, e.left, e.right, env, vars);
    case "tuple": {
      checkCollection(e.items.length);
      return e.items.map((x) => evaluate(x, env, vars));
    }
    case "object": {
      const out: ValueMap = {};
      const unknownKeys: Value[] = [];
      for (const item of e.items) {
        const k = evaluate(item.key, env, vars);
        const v = evaluate(item.value, env, vars);
        if (k instanceof Unknown) unknownKeys.push(k);
        else setKey(out, toStr(k), v);
      }
      if (unknownKeys.length) return unknownFrom("an object key is unknown", ...unknownKeys);
      return out;
    }
    case "for":
      return evalFor(e, env, vars);
  }
}

function evalCond(c: Expr, t: Expr, f: Expr, env: Env, vars: Vars): Value {
  const cond = evaluate(c, env, vars);
  if (cond instanceof Unknown) {
    const a = evaluate(t, env, vars);
    const b = evaluate(f, env, vars);
    if (!(a instanceof Unknown) && !(b instanceof Unknown) && !containsUnknownShallow(a, b) && equal(a, b))
      return a;
    return unknownFrom(cond.reason, cond, a, b);
  }
  return toBool(cond) ? evaluate(t, env, vars) : evaluate(f, env, vars);
}

function containsUnknownShallow(...vals: Value[]): boolean {
  const seen = (v: Value, d: number): boolean => {
    if (v instanceof Unknown) return true;
    if (d > 32 || typeof v !== "object" || v === null) return false;
    return (Array.isArray(v) ? v : Object.values(v)).some((x) => seen(x, d + 1));
  };
  return vals.some((v) => seen(v, 0));
}

function evalBinary(op: string, l: Expr, r: Expr, env: Env, vars: Vars): Value {
  const a = evaluate(l, env, vars);
  if (op === "&&" || op === "||") {
    // A known deciding operand settles the result even when the other is unknown.
    if (!(a instanceof Unknown) && toBool(a) === (op === "||")) return op === "||";
    const b = evaluate(r, env, vars);
    if (!(b instanceof Unknown) && toBool(b) === (op === "||")) return op === "||";
    const u = propagate([a, b]);
    if (u) return u;
    return toBool(b);
  }
  const b = evaluate(r, env, vars);
  if (op === "==" || op === "!=") {
    if (a instanceof Unknown || b instanceof Unknown || containsUnknownShallow(a, b))
      return unknownFrom("compares an unknown value", a, b);
    return equal(a, b) === (op === "==");
  }
  const u = propagate([a, b]);
  if (u) return u;
  const x = toNum(a);
  const y = toNum(b);
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      if (y === 0) throw new EvalError("division by zero");
      return x / y;
    case "%":
      if (y === 0) throw new EvalError("modulo by zero");
      return x % y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case ">=":
      return x >= y;
  }
  throw new EvalError(`unsupported operator ${op}`);
}

function applySteps(v: Value, steps: readonly Step[], env: Env, vars: Vars): Value {
  let cur = v;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    env.budget.spend();
    if (s.kind === "splat") {
      return splat(cur, s.steps, env, vars, steps.slice(i + 1));
    }
    if (s.kind === "attr") cur = getAttr(cur, s.name);
    else cur = getIndex(cur, evaluate(s.key, env, vars));
  }
  return cur;
}

/** `x[*].a.b` maps the steps inside the splat over x's elements; later steps apply to the result. */
function splat(v: Value, inner: readonly Step[], env: Env, vars: Vars, after: readonly Step[]): Value {
  let out: Value;
  if (v instanceof LazyObject) out = [applySteps(v, inner, env, vars)];
  else if (v instanceof Unknown) return unknownFrom(v.reason, v);
  else if (v === null) out = [];
  else if (Array.isArray(v)) out = v.map((x) => applySteps(x, inner, env, vars));
  else out = [applySteps(v, inner, env, vars)];
  return after.length ? applySteps(out, after, env, vars) : out;
}

function getAttr(v: Value, name: string): Value {
  if (v instanceof LazyObject) return v.get(name);
  if (v instanceof Unknown) return unknownFrom(v.reason, v);
  if (isMap(v)) {
    if (Object.hasOwn(v, name)) return v[name] as Value;
    throw new EvalError(`the object has no attribute "${name}"`);
  }
  if (v === null) throw new EvalError(`cannot read attribute "${name}" of null`);
  throw new EvalError(`cannot read attribute "${name}" of a ${typeName(v)} value`);
}

function getIndex(v: Value, key: Value): Value {
  if (key instanceof Unknown) return unknownFrom(key.reason, key, v);
  if (v instanceof LazyObject) return v.get(toStr(key));
  if (v instanceof Unknown) return unknownFrom(v.reason, v);
  if (Array.isArray(v)) {
    const i = toNum(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length)
      throw new EvalError(`index ${i} is out of range for a list of ${v.length}`);
    return v[i] as Value;
  }
  if (isMap(v)) {
    const k = toStr(key);
    if (Object.hasOwn(v, k)) return v[k] as Value;
    throw new EvalError(`the map has no key ${JSON.stringify(k)}`);
  }
  if (v === null) throw new EvalError("cannot index null");
  throw new EvalError(`cannot index a ${typeName(v)} value`);
}

/** Elements to iterate: [key, value] pairs, lists by position, maps in lexical key order. */
function iterate(coll: Value): [Value, Value][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isMap(coll)) return sortedKeys(coll).map((k) => [k, coll[k] as Value]);
  throw new EvalError(`cannot iterate over a ${typeName(coll)} value`);
}

function evalFor(e: Extract<Expr, { kind: "for" }>, env: Env, vars: Vars): Value {
  const coll = evaluate(e.coll, env, vars);
  if (coll instanceof Unknown) return unknownFrom(coll.reason, coll);
  if (coll === null) throw new EvalError("cannot iterate over null");
  const pairs = iterate(coll);
  checkCollection(pairs.length);
  const listOut: Value[] = [];
  const mapOut: ValueMap = {};
  const grouped = new Map<string, Value[]>();
  const unknowns: Unknown[] = [];
  for (const [k, v] of pairs) {
    env.budget.spend();
    const scope = withVars(vars, e.valVar, v, e.keyVar, k);
    if (e.cond) {
      const c = evaluate(e.cond, env, scope);
      if (c instanceof Unknown) {
        unknowns.push(c);
        continue;
      }
      if (!toBool(c)) continue;
    }
    const value = evaluate(e.value, env, scope);
    if (!e.key) {
      listOut.push(value);
      continue;
    }
    const key = evaluate(e.key, env, scope);
    if (key instanceof Unknown) {
      unknowns.push(key);
      continue;
    }
    const ks = toStr(key);
    if (e.group) {
      const g = grouped.get(ks);
      if (g) g.push(value);
      else grouped.set(ks, [value]);
    } else {
      if (Object.hasOwn(mapOut, ks))
        throw new EvalError(`duplicate key ${JSON.stringify(ks)} in a for expression`);
      setKey(mapOut, ks, value);
    }
  }
  if (unknowns.length) return unknownFrom(unknowns[0]!.reason, ...unknowns);
  if (!e.key) return listOut;
  if (e.group) for (const [k, g] of grouped) setKey(mapOut, k, g);
  return mapOut;
}

function evalTemplate(parts: readonly TemplatePart[], env: Env, vars: Vars): Value {
  // A template that is one interpolation yields the value itself, not its string form.
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0]!.kind === "interp")
    return evaluate(parts[0]!.expr, env, vars);
  const unknowns: Unknown[] = [];
  const text = renderParts(parts, env, vars, unknowns);
  if (unknowns.length) return unknownFrom(unknowns[0]!.reason, ...unknowns);
  return text;
}

function renderParts(parts: readonly TemplatePart[], env: Env, vars: Vars, unknowns: Unknown[]): string {
  let out = "";
  for (const p of parts) {
    env.budget.spend();
    if (typeof p === "string") out += p;
    else if (p.kind === "interp") {
      const v = evaluate(p.expr, env, vars);
      if (v instanceof Unknown) unknowns.push(v);
      else if (v === null) throw new EvalError("a template cannot include null");
      else out += toStr(v);
    } else if (p.kind === "if") {
      const c = evaluate(p.cond, env, vars);
      if (c instanceof Unknown) unknowns.push(c);
      else out += renderParts(toBool(c) ? p.then : p.else, env, vars, unknowns);
    } else {
      const coll = evaluate(p.coll, env, vars);
      if (coll instanceof Unknown) {
        unknowns.push(coll);
        continue;
      }
      if (coll === null) throw new EvalError("a template cannot iterate over null");
      for (const [k, v] of iterate(coll)) {
        const scope = withVars(vars, p.valVar, v, p.keyVar, k);
        out += renderParts(p.body, env, scope, unknowns);
        checkString(out);
      }
    }
    checkString(out);
  }
  return out;
}

function evalCall(e: Extract<Expr, { kind: "call" }>, env: Env, vars: Vars): Value {
  const name = e.name.includes("::") ? e.name.slice(e.name.lastIndexOf("::") + 2) : e.name;
  if (name === "try") {
    for (const arg of e.args) {
      try {
        return evaluate(arg, env, vars);
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
    }
    throw new EvalError("no argument of try() could be evaluated");
  }
  if (name === "can") {
    const arg = e.args[0];
    if (!arg) throw new EvalError("can() needs an argument");
    try {
      const v = evaluate(arg, env, vars);
      if (v instanceof Unknown) return unknownFrom(v.reason, v);
      return true;
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      return false;
    }
  }
  let args = e.args.map((a) => evaluate(a, env, vars));
  if (e.expandLast && args.length > 0) {
    const last = args[args.length - 1]!;
    if (last instanceof Unknown) return unknownFrom(last.reason, last);
    if (!Array.isArray(last)) throw new EvalError(`${name}(...): the expanded argument must be a list`);
    args = [...args.slice(0, -1), ...last];
  }
  return callFunction(name, args, env);
}
