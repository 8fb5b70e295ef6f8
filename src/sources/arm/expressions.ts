/**
 * ARM template expressions (`[concat(parameters('prefix'), '-sa')]`): parsed and evaluated over
 * known values. What a deployment alone decides (resource group ids, uniqueString, reference())
 * is `Unknown`; an unknown's reason is the expression that produced it, written canonically, so
 * two spellings of the same expression (a name and a resourceId() naming it) compare equal.
 * Resource ids carry the address of the resource they name in their refs, which is how split
 * resources join.
 */
import { isUnknown, isValueMap, Unknown, type Value, type ValueMap } from "../../model/value.ts";

type Node =
  | { k: "str"; v: string }
  | { k: "num"; v: number }
  | { k: "call"; name: string; args: Node[] }
  | { k: "prop"; of: Node; name: string }
  | { k: "index"; of: Node; at: Node };

export class ExpressionError extends Error {}

/** True for a string ARM evaluates: `[…]`, but not the `[[` escape. */
export function isExpression(s: string): boolean {
  return s.startsWith("[") && s.endsWith("]") && !s.startsWith("[[");
}

// ---- parsing

export function parseExpression(text: string): Node {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const expect = (c: string): void => {
    ws();
    if (text[i] !== c) throw new ExpressionError(`expected '${c}' at ${i + 1} in ${text}`);
    i++;
  };
  const primary = (depth: number): Node => {
    if (depth > 64) throw new ExpressionError("expression nested too deeply");
    ws();
    const c = text[i];
    if (c === "'") {
      let s = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new ExpressionError(`unterminated string in ${text}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      return { k: "str", v: s };
    }
    const num = /^-?\d+(\.\d+)?/.exec(text.slice(i));
    if (num) {
      i += num[0].length;
      return { k: "num", v: Number(num[0]) };
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
    if (!id) throw new ExpressionError(`unexpected '${c ?? "end"}' at ${i + 1} in ${text}`);
    i += id[0].length;
    ws();
    if (text[i] !== "(") {
      // `true` / `false` / `null` written bare.
      if (id[0] === "true" || id[0] === "false" || id[0] === "null")
        return { k: "call", name: id[0], args: [] };
      throw new ExpressionError(`expected '(' after ${id[0]} in ${text}`);
    }
    i++;
    const args: Node[] = [];
    ws();
    if (text[i] === ")") i++;
    else {
      for (;;) {
        args.push(postfix(depth + 1));
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect(")");
        break;
      }
    }
    return { k: "call", name: id[0].toLowerCase(), args };
  };
  const postfix = (depth: number): Node => {
    let n = primary(depth);
    for (;;) {
      ws();
      if (text[i] === ".") {
        i++;
        const id = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(i));
        if (!id) throw new ExpressionError(`expected a property name at ${i + 1} in ${text}`);
        i += id[0].length;
        n = { k: "prop", of: n, name: id[0] };
      } else if (text[i] === "[") {
        i++;
        const at = postfix(depth + 1);
        expect("]");
        n = { k: "index", of: n, at };
      } else return n;
    }
  };
  const node = postfix(0);
  ws();
  if (i !== text.length) throw new ExpressionError(`unexpected '${text[i]}' at ${i + 1} in ${text}`);
  return node;
}

// ---- evaluation

export interface EvalScope {
  parameter(name: string): Value;
  variable(name: string): Value;
  /** Current index of a copy loop (the resource's own when unnamed); undefined outside loops. */
  copyIndex(loop?: string): number | Unknown | undefined;
  /** The address a resource id names: `Microsoft.Storage/storageAccounts/<name>`. */
  addressOf(type: string, names: Value[]): string;
}

const U = (reason: string, refs: readonly string[] = []): Unknown => new Unknown(reason, refs);

/** Canonical text of a value inside an expression, for unknowns' reasons. */
function render(v: Value): string {
  if (isUnknown(v)) return v.reason;
  if (typeof v === "string") return `'${v.replace(/'/g, "''")}'`;
  return JSON.stringify(v) ?? "null";
}

function refsOf(args: readonly Value[]): string[] {
  const out = new Set<string>();
  const visit = (v: Value, depth: number): void => {
    if (depth > 32) return;
    if (isUnknown(v)) v.refs.forEach((r) => out.add(r));
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isValueMap(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  args.forEach((a) => visit(a, 0));
  return [...out];
}

/** The unknown result of `name(args)`, carrying the refs of its arguments. */
function unknownCall(name: string, args: readonly Value[]): Unknown {
  return U(`${name}(${args.map(render).join(", ")})`, refsOf(args));
}

const str = (v: Value): string => (typeof v === "string" ? v : render(v));

function equal(a: Value, b: Value): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return JSON.stringify(a) === JSON.stringify(b);
}

export function evaluate(node: Node, scope: EvalScope): Value {
  switch (node.k) {
    case "str":
      return node.v;
    case "num":
      return node.v;
    case "prop": {
      const of = evaluate(node.of, scope);
      if (isUnknown(of)) return U(`${of.reason}.${node.name}`, of.refs);
      if (isValueMap(of)) {
        const key = Object.keys(of).find((k) => k.toLowerCase() === node.name.toLowerCase());
        return key === undefined ? null : of[key]!;
      }
      throw new ExpressionError(`cannot read .${node.name} of ${render(of)}`);
    }
    case "index": {
      const of = evaluate(node.of, scope);
      const at = evaluate(node.at, scope);
      if (isUnknown(of) || isUnknown(at)) return U(`${render(of)}[${render(at)}]`, refsOf([of, at]));
      if (Array.isArray(of) && typeof at === "number") return of[at] ?? null;
      if (isValueMap(of) && typeof at === "string") return of[at] ?? null;
      throw new ExpressionError(`cannot index ${render(of)} by ${render(at)}`);
    }
    case "call":
      return call(node, scope);
  }
}

function call(node: { name: string; args: Node[] }, scope: EvalScope): Value {
  const name = node.name;
  // Functions that must not evaluate every argument first.
  if (name === "if") {
    const cond = evaluate(node.args[0]!, scope);
    if (isUnknown(cond)) {
      const a = evaluate(node.args[1]!, scope);
      const b = evaluate(node.args[2]!, scope);
      return equal(a, b) ? a : U(`if(${cond.reason}, ${render(a)}, ${render(b)})`, refsOf([cond, a, b]));
    }
    return evaluate(node.args[cond === true ? 1 : 2]!, scope);
  }
  const args = node.args.map((a) => evaluate(a, scope));
  const fn = FUNCTIONS[name];
  if (fn) return fn(args, scope);
  // User-defined functions (`namespace.fn`) and anything else this evaluator does not know.
  return unknownCall(name, args);
}

type Fn = (args: Value[], scope: EvalScope) => Value;

/** Wraps a function of known arguments: any unknown argument makes the result unknown. */
const known =
  (name: string, f: (args: Value[], scope: EvalScope) => Value): Fn =>
  (args, scope) =>
    args.some(isUnknown) ? unknownCall(name, args) : f(args, scope);

function resourceId(name: string, args: Value[], scope: EvalScope): Value {
  // resourceId([subscriptionId], [resourceGroupName], type, name1, name2…): the type is the first
  // argument that looks like one.
  const t = args.findIndex((a) => typeof a === "string" && /^[A-Za-z0-9]+\.[A-Za-z0-9.]+\/.+/.test(a));
  if (t < 0) return unknownCall(name, args);
  const type = args[t] as string;
  const names = args.slice(t + 1);
  return U(`${name}(${args.map(render).join(", ")})`, [scope.addressOf(type, names)]);
}

const FUNCTIONS: Record<string, Fn> = {
  parameters: known("parameters", ([n], s) => s.parameter(str(n!))),
  variables: known("variables", ([n], s) => s.variable(str(n!))),
  copyindex: (args, s) => {
    const loop = typeof args[0] === "string" ? args[0] : undefined;
    const offset = typeof args[0] === "number" ? args[0] : typeof args[1] === "number" ? args[1] : 0;
    const i = s.copyIndex(loop);
    if (i === undefined) throw new ExpressionError("copyIndex() outside a copy loop");
    return isUnknown(i) ? i : i + offset;
  },
  true: () => true,
  false: () => false,
  null: () => null,
  resourcegroup: () => ({
    id: U("resourceGroup().id"),
    name: U("resourceGroup().name"),
    location: U("resourceGroup().location"),
    type: "Microsoft.Resources/resourceGroups",
    properties: { provisioningState: "Succeeded" },
  }),
  subscription: () => ({
    id: U("subscription().id"),
    subscriptionId: U("subscription().subscriptionId"),
    tenantId: U("subscription().tenantId"),
    displayName: U("subscription().displayName"),
  }),
  tenant: () => ({ tenantId: U("tenant().tenantId"), displayName: U("tenant().displayName") }),
  deployment: () => U("deployment()"),
  environment: () => U("environment()"),
  managementgroup: () => U("managementGroup()"),
  resourceid: (a, s) => resourceId("resourceId", a, s),
  subscriptionresourceid: (a, s) => resourceId("subscriptionResourceId", a, s),
  tenantresourceid: (a, s) => resourceId("tenantResourceId", a, s),
  extensionresourceid: (a, s) => resourceId("extensionResourceId", a.slice(1), s),
  reference: (args) => unknownCall("reference", args),
  concat: (args) => {
    if (args.length > 0 && args.every((a) => Array.isArray(a))) return (args as Value[][]).flat();
    if (args.some(isUnknown)) return unknownCall("concat", args);
    return args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join("");
  },
  format: known("format", ([fmt, ...rest]) =>
    str(fmt!).replace(/\{(\d+)(:[^}]*)?\}/g, (_, n: string) => {
      const v = rest[Number(n)];
      return v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
    }),
  ),
  string: known("string", ([v]) => (typeof v === "string" ? v : JSON.stringify(v))),
  int: known("int", ([v]) => Math.trunc(Number(v))),
  float: known("float", ([v]) => Number(v)),
  bool: known("bool", ([v]) => (typeof v === "string" ? v.toLowerCase() === "true" : Boolean(v))),
  json: known("json", ([v]) => JSON.parse(str(v!)) as Value),
  tolower: known("toLower", ([v]) => str(v!).toLowerCase()),
  toupper: known("toUpper", ([v]) => str(v!).toUpperCase()),
  trim: known("trim", ([v]) => str(v!).trim()),
  replace: known("replace", ([v, a, b]) => str(v!).split(str(a!)).join(str(b!))),
  substring: known("substring", ([v, start, len]) =>
    str(v!).substring(Number(start), len === undefined ? undefined : Number(start) + Number(len)),
  ),
  startswith: known("startsWith", ([v, p]) => str(v!).toLowerCase().startsWith(str(p!).toLowerCase())),
  endswith: known("endsWith", ([v, p]) => str(v!).toLowerCase().endsWith(str(p!).toLowerCase())),
  indexof: known("indexOf", ([v, p]) => str(v!).toLowerCase().indexOf(str(p!).toLowerCase())),
  split: known("split", ([v, d]) => {
    const delims = Array.isArray(d) ? d.map(str) : [str(d!)];
    return delims.reduce<string[]>((parts, x) => parts.flatMap((p) => p.split(x)), [str(v!)]);
  }),
  join: known("join", ([arr, d]) => (Array.isArray(arr) ? arr.map(str).join(str(d!)) : str(arr!))),
  equals: known("equals", ([a, b]) => equal(a!, b!)),
  not: known("not", ([a]) => a !== true),
  and: (args) =>
    args.some((a) => a === false) ? false : args.some(isUnknown) ? unknownCall("and", args) : true,
  or: (args) =>
    args.some((a) => a === true) ? true : args.some(isUnknown) ? unknownCall("or", args) : false,
  greater: known("greater", ([a, b]) => (a as number) > (b as number)),
  greaterorequals: known("greaterOrEquals", ([a, b]) => (a as number) >= (b as number)),
  less: known("less", ([a, b]) => (a as number) < (b as number)),
  lessorequals: known("lessOrEquals", ([a, b]) => (a as number) <= (b as number)),
  add: known("add", ([a, b]) => Number(a) + Number(b)),
  sub: known("sub", ([a, b]) => Number(a) - Number(b)),
  mul: known("mul", ([a, b]) => Number(a) * Number(b)),
  div: known("div", ([a, b]) => Math.trunc(Number(a) / Number(b))),
  mod: known("mod", ([a, b]) => Number(a) % Number(b)),
  min: known("min", (args) =>
    Math.min(...(Array.isArray(args[0]) ? (args[0] as number[]) : (args as number[]))),
  ),
  max: known("max", (args) =>
    Math.max(...(Array.isArray(args[0]) ? (args[0] as number[]) : (args as number[]))),
  ),
  empty: known(
    "empty",
    ([v]) =>
      v === null ||
      v === "" ||
      (Array.isArray(v) && v.length === 0) ||
      (isValueMap(v) && Object.keys(v).length === 0),
  ),
  length: known("length", ([v]) =>
    typeof v === "string" || Array.isArray(v) ? v.length : isValueMap(v) ? Object.keys(v).length : 0,
  ),
  contains: known("contains", ([c, x]) => {
    if (typeof c === "string") return c.toLowerCase().includes(str(x!).toLowerCase());
    if (Array.isArray(c)) return c.some((y) => equal(y, x!));
    if (isValueMap(c)) return Object.keys(c).some((k) => k.toLowerCase() === str(x!).toLowerCase());
    return false;
  }),
  first: known("first", ([v]) =>
    typeof v === "string" ? v.slice(0, 1) : Array.isArray(v) ? (v[0] ?? null) : null,
  ),
  last: known("last", ([v]) =>
    typeof v === "string" ? v.slice(-1) : Array.isArray(v) ? (v[v.length - 1] ?? null) : null,
  ),
  take: known("take", ([v, n]) => (typeof v === "string" || Array.isArray(v) ? v.slice(0, Number(n)) : v!)),
  skip: known("skip", ([v, n]) => (typeof v === "string" || Array.isArray(v) ? v.slice(Number(n)) : v!)),
  range: known("range", ([start, n]) =>
    Array.from({ length: Math.min(Number(n), 1000) }, (_, i) => Number(start) + i),
  ),
  coalesce: (args) => {
    for (const a of args) {
      if (isUnknown(a)) return unknownCall("coalesce", args);
      if (a !== null) return a;
    }
    return null;
  },
  union: known("union", (args) => {
    if (args.every(Array.isArray))
      return [...new Set((args as Value[][]).flat().map((x) => JSON.stringify(x)))].map(
        (x) => JSON.parse(x) as Value,
      );
    const out: ValueMap = {};
    for (const a of args) if (isValueMap(a)) Object.assign(out, a);
    return out;
  }),
  intersection: known("intersection", (args) => {
    if (args.every(Array.isArray))
      return (args[0] as Value[]).filter((x) => args.every((a) => (a as Value[]).some((y) => equal(x, y))));
    const [firstObj, ...rest] = args.filter(isValueMap);
    return Object.fromEntries(
      Object.entries(firstObj ?? {}).filter(([k, v]) => rest.every((r) => equal(r[k] ?? null, v))),
    );
  }),
  createarray: (args) => args,
  array: (args) => (Array.isArray(args[0]) ? args[0] : [args[0] ?? null]),
  createobject: (args) => {
    const out: ValueMap = {};
    for (let i = 0; i + 1 < args.length; i += 2) {
      const k = args[i]!;
      if (isUnknown(k)) return unknownCall("createObject", args);
      out[str(k)] = args[i + 1]!;
    }
    return out;
  },
  items: known("items", ([o]) =>
    isValueMap(o) ? Object.entries(o).map(([key, value]) => ({ key, value })) : [],
  ),
  objectkeys: known("objectKeys", ([o]) => (isValueMap(o) ? Object.keys(o) : [])),
  base64: known("base64", ([v]) => Buffer.from(str(v!), "utf8").toString("base64")),
  uniquestring: (args) => unknownCall("uniqueString", args),
  guid: (args) => unknownCall("guid", args),
  newguid: () => U("newGuid()"),
  utcnow: () => U("utcNow()"),
};
