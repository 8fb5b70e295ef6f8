/**
 * Terraform's built-in functions. A function whose argument is unknown returns an Unknown that
 * depends on all its arguments; the structural ones (length, concat, merge, lookup, …) look inside
 * collections and stay known when only some elements are unknown. Functions whose result exists
 * only at apply time (timestamp, uuid, bcrypt) are always unknown.
 */
import { createHash } from "node:crypto";
import { Unknown, type Value, type ValueMap } from "../../model/value.ts";
import { stringify as yamlStringify } from "yaml";
import type { Budget } from "./evaluate.ts";
import {
  EvalError,
  checkCollection,
  checkString,
  describe,
  equal,
  isMap,
  sortedKeys,
  toBool,
  toNum,
  toStr,
  unknownFrom,
} from "./values.ts";

export interface FunctionHost {
  budget: Budget;
  /** The bytes of a file for file(), filebase64(), …; throws EvalError outside the scanned tree. */
  readFile(path: string): Buffer;
  fileExists(path: string): boolean;
  /** Renders a template file's text with the given variables. */
  renderTemplate(text: string, vars: ValueMap): Value;
}

type Fn = (args: Value[], host: FunctionHost) => Value;

/** Functions that look inside collections and handle unknown elements themselves. */
const STRUCTURAL = new Set([
  "length",
  "concat",
  "merge",
  "lookup",
  "tolist",
  "toset",
  "tomap",
  "element",
  "slice",
  "reverse",
  "keys",
  "values",
  "zipmap",
  "flatten",
  "one",
  "coalesce",
  "coalescelist",
  "compact",
  "contains",
  "distinct",
  "jsonencode",
  "yamlencode",
  "setunion",
  "sensitive",
  "nonsensitive",
]);

const APPLY_TIME = new Set(["timestamp", "uuid", "uuidv5", "bcrypt", "plantimestamp"]);

export function callFunction(name: string, args: Value[], host: FunctionHost): Value {
  if (APPLY_TIME.has(name)) return unknownFrom(`${name}() is only known at apply time`, ...args);
  const fn = FUNCTIONS[name];
  if (!fn) throw new EvalError(`unknown function ${name}()`);
  const top = args.find((a) => a instanceof Unknown);
  if (top) return unknownFrom((top as Unknown).reason, ...args);
  if (!STRUCTURAL.has(name) && args.some((a) => hasUnknown(a, 0)))
    return unknownFrom(`${name}() of a collection with unknown elements`, ...args);
  return fn(args, host);
}

function hasUnknown(v: Value, d: number): boolean {
  if (v instanceof Unknown) return true;
  if (d > 32 || typeof v !== "object" || v === null) return false;
  return (Array.isArray(v) ? v : Object.values(v)).some((x) => hasUnknown(x, d + 1));
}

function arg(args: Value[], i: number, fn: string): Value {
  if (i >= args.length) throw new EvalError(`${fn}() needs at least ${i + 1} arguments`);
  return args[i] as Value;
}
const str = (args: Value[], i: number, fn: string): string => toStr(arg(args, i, fn));
const num = (args: Value[], i: number, fn: string): number => toNum(arg(args, i, fn));

function list(v: Value, fn: string): Value[] {
  if (Array.isArray(v)) return v;
  throw new EvalError(`${fn}() expects a list, got ${describe(v)}`);
}
function map(v: Value, fn: string): ValueMap {
  if (isMap(v)) return v;
  throw new EvalError(`${fn}() expects a map, got ${describe(v)}`);
}
function strings(v: Value, fn: string): string[] {
  return list(v, fn).map(toStr);
}

/** Set semantics over known values: first occurrence wins, order kept (Terraform sorts; order is not observable to rules). */
function dedupe(items: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of items)
    if (x instanceof Unknown || !out.some((y) => !(y instanceof Unknown) && equal(x, y))) out.push(x);
  return out;
}

function regexOf(pattern: string): RegExp {
  // RE2 syntax differs in places; named groups `(?P<n>...)` are the common one.
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), "u");
  } catch (e) {
    throw new EvalError(`invalid regular expression: ${(e as Error).message}`);
  }
}

function matchValue(m: RegExpExecArray): Value {
  if (m.groups && Object.keys(m.groups).length) {
    const out: ValueMap = {};
    for (const [k, v] of Object.entries(m.groups)) out[k] = v ?? null;
    return out;
  }
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}

function format(spec: string, args: Value[]): string {
  let i = 0;
  const out = spec.replace(
    /%(\[(\d+)\])?([-+ #0]*)(\d+)?(?:\.(\d+))?([%vdfsqtbxXeEgGo])/g,
    (m, _b, pos, flags: string, width, prec, verb: string) => {
      if (verb === "%") return "%";
      if (pos) i = Number(pos) - 1;
      if (i >= args.length) throw new EvalError(`format: not enough arguments for ${m}`);
      const v = args[i++] as Value;
      let s: string;
      switch (verb) {
        case "d":
          s = String(Math.trunc(toNum(v)));
          break;
        case "f":
        case "e":
        case "E":
        case "g":
        case "G":
          s = verb === "f" ? toNum(v).toFixed(prec ? Number(prec) : 6) : String(toNum(v));
          break;
        case "s":
          s = toStr(v);
          break;
        case "q":
          s = JSON.stringify(toStr(v));
          break;
        case "t":
          s = String(toBool(v));
          break;
        case "x":
          s = typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(toStr(v)).toString("hex");
          break;
        case "X":
          s =
            typeof v === "number"
              ? Math.trunc(v).toString(16).toUpperCase()
              : Buffer.from(toStr(v)).toString("hex").toUpperCase();
          break;
        case "b":
          s = Math.trunc(toNum(v)).toString(2);
          break;
        case "o":
          s = Math.trunc(toNum(v)).toString(8);
          break;
        default:
          s =
            typeof v === "string" || typeof v === "number" || typeof v === "boolean"
              ? toStr(v)
              : JSON.stringify(v);
      }
      if (flags.includes("+") && typeof v === "number" && v >= 0) s = "+" + s;
      const w = width ? Number(width) : 0;
      if (s.length < w)
        s = flags.includes("-") ? s.padEnd(w) : s.padStart(w, flags.includes("0") ? "0" : " ");
      return s;
    },
  );
  return checkString(out);
}

function jsonOf(v: Value): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === "number" && !Number.isFinite(x) ? null : x));
}

function ipv4(s: string): [number, number] {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(s);
  if (!m) throw new EvalError(`${JSON.stringify(s)} is not an IPv4 CIDR block`);
  const parts = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (parts.some((p) => p > 255) || bits > 32)
    throw new EvalError(`${JSON.stringify(s)} is not an IPv4 CIDR block`);
  const addr = ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [(addr & mask) >>> 0, bits];
}
function ipString(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function flatten(v: Value[], out: Value[], depth: number): void {
  if (depth > 64) throw new EvalError("flatten(): nested too deeply");
  for (const x of v) {
    if (Array.isArray(x)) flatten(x, out, depth + 1);
    else out.push(x);
    checkCollection(out.length);
  }
}

function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

const FUNCTIONS: Record<string, Fn> = {
  // Collections
  length: (a) => {
    const v = arg(a, 0, "length");
    if (typeof v === "string") return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isMap(v)) return Object.keys(v).length;
    throw new EvalError(`length() of ${describe(v)}`);
  },
  lookup: (a) => {
    const m = arg(a, 0, "lookup");
    const k = str(a, 1, "lookup");
    if (isMap(m) && Object.hasOwn(m, k)) return m[k] as Value;
    if (!isMap(m)) throw new EvalError(`lookup() expects a map, got ${describe(m)}`);
    if (a.length > 2) return a[2] as Value;
    throw new EvalError(`lookup(): no key ${JSON.stringify(k)}`);
  },
  merge: (a) => {
    const out: ValueMap = {};
    for (const m of a) {
      if (m === null) continue;
      for (const [k, v] of Object.entries(map(m, "merge"))) out[k] = v;
    }
    return out;
  },
  concat: (a) => {
    const out = a.flatMap((x) => list(x, "concat"));
    checkCollection(out.length);
    return out;
  },
  flatten: (a) => {
    const out: Value[] = [];
    flatten(list(arg(a, 0, "flatten"), "flatten"), out, 0);
    return out;
  },
  distinct: (a) => dedupe(list(arg(a, 0, "distinct"), "distinct")),
  keys: (a) => sortedKeys(map(arg(a, 0, "keys"), "keys")),
  values: (a) => {
    const m = map(arg(a, 0, "values"), "values");
    return sortedKeys(m).map((k) => m[k] as Value);
  },
  zipmap: (a) => {
    const ks = strings(arg(a, 0, "zipmap"), "zipmap");
    const vs = list(arg(a, 1, "zipmap"), "zipmap");
    if (ks.length !== vs.length) throw new EvalError("zipmap(): lists of different lengths");
    const out: ValueMap = {};
    ks.forEach((k, i) => (out[k] = vs[i] as Value));
    return out;
  },
  element: (a) => {
    const l = list(arg(a, 0, "element"), "element");
    if (l.length === 0) throw new EvalError("element() of an empty list");
    const i = Math.trunc(num(a, 1, "element"));
    if (i < 0) throw new EvalError("element(): negative index");
    return l[i % l.length] as Value;
  },
  index: (a) => {
    const l = list(arg(a, 0, "index"), "index");
    const i = l.findIndex((x) => equal(x, arg(a, 1, "index")));
    if (i < 0) throw new EvalError("index(): element not found");
    return i;
  },
  contains: (a) => {
    const l = list(arg(a, 0, "contains"), "contains");
    const v = arg(a, 1, "contains");
    if (l.some((x) => !(x instanceof Unknown) && equal(x, v))) return true;
    if (l.some((x) => x instanceof Unknown)) return unknownFrom("contains() over unknown elements", ...l);
    return false;
  },
  coalesce: (a) => {
    for (const v of a) {
      if (v instanceof Unknown) return unknownFrom("coalesce() reaches an unknown value", v);
      if (v !== null && v !== "") return v;
    }
    throw new EvalError("coalesce(): no non-null, non-empty argument");
  },
  coalescelist: (a) => {
    for (const v of a) if (list(v, "coalescelist").length > 0) return v;
    throw new EvalError("coalescelist(): every list is empty");
  },
  compact: (a) => list(arg(a, 0, "compact"), "compact").filter((x) => x !== null && x !== ""),
  slice: (a) => {
    const l = list(arg(a, 0, "slice"), "slice");
    const from = num(a, 1, "slice");
    const to = num(a, 2, "slice");
    if (from < 0 || to > l.length || from > to) throw new EvalError("slice(): indices out of range");
    return l.slice(from, to);
  },
  reverse: (a) => [...list(arg(a, 0, "reverse"), "reverse")].reverse(),
  sort: (a) => strings(arg(a, 0, "sort"), "sort").sort(),
  one: (a) => {
    const v = arg(a, 0, "one");
    const l = list(v, "one");
    if (l.length > 1) throw new EvalError("one(): more than one element");
    return l.length === 0 ? null : (l[0] as Value);
  },
  range: (a) => {
    const nums = a.map(toNum);
    const [start, end, step] =
      nums.length === 1
        ? [0, nums[0]!, 1]
        : nums.length === 2
          ? [nums[0]!, nums[1]!, 1]
          : [nums[0]!, nums[1]!, nums[2]!];
    if (step === 0) throw new EvalError("range(): step must not be zero");
    const n = Math.max(0, Math.ceil((end - start) / step));
    checkCollection(n);
    return Array.from({ length: n }, (_, i) => start + i * step);
  },
  setunion: (a) => dedupe(a.flatMap((x) => list(x, "setunion"))),
  setintersection: (a) => {
    const [first, ...rest] = a.map((x) => list(x, "setintersection"));
    if (!first) return [];
    return dedupe(first.filter((x) => rest.every((l) => l.some((y) => equal(x, y)))));
  },
  setsubtract: (a) => {
    const l = list(arg(a, 0, "setsubtract"), "setsubtract");
    const r = list(arg(a, 1, "setsubtract"), "setsubtract");
    return dedupe(l.filter((x) => !r.some((y) => equal(x, y))));
  },
  tolist: (a) => {
    const v = arg(a, 0, "tolist");
    if (Array.isArray(v)) return v;
    if (v === null) return null;
    throw new EvalError(`tolist() of ${describe(v)}`);
  },
  toset: (a) => {
    const v = arg(a, 0, "toset");
    if (v === null) return null;
    return dedupe(list(v, "toset"));
  },
  tomap: (a) => {
    const v = arg(a, 0, "tomap");
    if (v === null) return null;
    return map(v, "tomap");
  },
  // Numbers
  min: (a) => Math.min(...a.map(toNum)),
  max: (a) => Math.max(...a.map(toNum)),
  abs: (a) => Math.abs(num(a, 0, "abs")),
  ceil: (a) => Math.ceil(num(a, 0, "ceil")),
  floor: (a) => Math.floor(num(a, 0, "floor")),
  signum: (a) => Math.sign(num(a, 0, "signum")),
  pow: (a) => Math.pow(num(a, 0, "pow"), num(a, 1, "pow")),
  sum: (a) => list(arg(a, 0, "sum"), "sum").reduce((s: number, x) => s + toNum(x), 0),
  parseint: (a) => {
    const n = parseInt(str(a, 0, "parseint"), num(a, 1, "parseint"));
    if (Number.isNaN(n)) throw new EvalError("parseint(): not a number");
    return n;
  },
  // Strings
  format: (a) => format(str(a, 0, "format"), a.slice(1)),
  formatlist: (a) => {
    const spec = str(a, 0, "formatlist");
    const rest = a.slice(1);
    const n = Math.max(0, ...rest.map((x) => (Array.isArray(x) ? x.length : 0)));
    return Array.from({ length: n }, (_, i) =>
      format(
        spec,
        rest.map((x) => (Array.isArray(x) ? (x[i] as Value) : x)),
      ),
    );
  },
  join: (a) =>
    checkString(
      a
        .slice(1)
        .flatMap((x) => strings(x, "join"))
        .join(str(a, 0, "join")),
    ),
  split: (a) => {
    const sep = str(a, 0, "split");
    const s = str(a, 1, "split");
    const out = s.split(sep);
    checkCollection(out.length);
    return out;
  },
  lower: (a) => str(a, 0, "lower").toLowerCase(),
  upper: (a) => str(a, 0, "upper").toUpperCase(),
  title: (a) =>
    str(a, 0, "title").replace(
      /(^|[^\p{L}\p{N}'])(\p{L})/gu,
      (_m, p: string, c: string) => p + c.toUpperCase(),
    ),
  replace: (a) => {
    const s = str(a, 0, "replace");
    const find = str(a, 1, "replace");
    const rep = str(a, 2, "replace");
    if (find.length > 1 && find.startsWith("/") && find.endsWith("/")) {
      const re = regexOf(find.slice(1, -1));
      return checkString(
        s.replace(
          new RegExp(re.source, "gu"),
          rep.replace(/\$\{?(\w+)\}?/g, "$<$1>").replace(/\$<(\d+)>/g, "$$$1"),
        ),
      );
    }
    return checkString(s.split(find).join(rep));
  },
  regex: (a) => {
    const m = regexOf(str(a, 0, "regex")).exec(str(a, 1, "regex"));
    if (!m) throw new EvalError("regex(): no match");
    return matchValue(m);
  },
  regexall: (a) => {
    const re = regexOf(str(a, 0, "regexall"));
    const all = [...str(a, 1, "regexall").matchAll(new RegExp(re.source, "gu"))];
    checkCollection(all.length);
    return all.map((m) => matchValue(m as RegExpExecArray));
  },
  substr: (a) => {
    const chars = [...str(a, 0, "substr")];
    let off = num(a, 1, "substr");
    const len = num(a, 2, "substr");
    if (off < 0) off = Math.max(0, chars.length + off);
    return chars.slice(off, len < 0 ? undefined : off + len).join("");
  },
  strlen: (a) => [...str(a, 0, "strlen")].length,
  strrev: (a) => [...str(a, 0, "strrev")].reverse().join(""),
  trimspace: (a) => str(a, 0, "trimspace").trim(),
  trim: (a) => {
    const cut = new Set(str(a, 1, "trim"));
    const chars = [...str(a, 0, "trim")];
    let i = 0;
    let j = chars.length;
    while (i < j && cut.has(chars[i]!)) i++;
    while (j > i && cut.has(chars[j - 1]!)) j--;
    return chars.slice(i, j).join("");
  },
  trimprefix: (a) => {
    const s = str(a, 0, "trimprefix");
    const p = str(a, 1, "trimprefix");
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimsuffix: (a) => {
    const s = str(a, 0, "trimsuffix");
    const p = str(a, 1, "trimsuffix");
    return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  startswith: (a) => str(a, 0, "startswith").startsWith(str(a, 1, "startswith")),
  endswith: (a) => str(a, 0, "endswith").endsWith(str(a, 1, "endswith")),
  strcontains: (a) => str(a, 0, "strcontains").includes(str(a, 1, "strcontains")),
  chomp: (a) => str(a, 0, "chomp").replace(/[\r\n]+$/, ""),
  indent: (a) => {
    const pad = " ".repeat(num(a, 0, "indent"));
    return checkString(str(a, 1, "indent").replace(/\n/g, "\n" + pad));
  },
  // Conversion
  tostring: (a) => {
    const v = arg(a, 0, "tostring");
    return v === null ? null : toStr(v);
  },
  tonumber: (a) => {
    const v = arg(a, 0, "tonumber");
    return v === null ? null : toNum(v);
  },
  tobool: (a) => {
    const v = arg(a, 0, "tobool");
    return v === null ? null : toBool(v);
  },
  jsonencode: (a) => {
    const v = arg(a, 0, "jsonencode");
    if (hasUnknown(v, 0)) return unknownFrom("jsonencode() of a value with unknown parts", v);
    return checkString(jsonOf(v));
  },
  jsondecode: (a) => {
    try {
      return JSON.parse(str(a, 0, "jsondecode")) as Value;
    } catch (e) {
      throw new EvalError(`jsondecode(): ${(e as Error).message}`);
    }
  },
  yamlencode: (a) => {
    const v = arg(a, 0, "yamlencode");
    if (hasUnknown(v, 0)) return unknownFrom("yamlencode() of a value with unknown parts", v);
    return checkString(yamlStringify(v));
  },
  base64encode: (a) => b64(str(a, 0, "base64encode")),
  base64decode: (a) => {
    const s = str(a, 0, "base64decode");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw new EvalError("base64decode(): not base64");
    return Buffer.from(s, "base64").toString("utf8");
  },
  urlencode: (a) => encodeURIComponent(str(a, 0, "urlencode")),
  md5: (a) =>
    createHash("md5")
      .update(str(a, 0, "md5"))
      .digest("hex"),
  sha1: (a) =>
    createHash("sha1")
      .update(str(a, 0, "sha1"))
      .digest("hex"),
  sha256: (a) =>
    createHash("sha256")
      .update(str(a, 0, "sha256"))
      .digest("hex"),
  sha512: (a) =>
    createHash("sha512")
      .update(str(a, 0, "sha512"))
      .digest("hex"),
  base64sha256: (a) =>
    createHash("sha256")
      .update(str(a, 0, "base64sha256"))
      .digest("base64"),
  base64sha512: (a) =>
    createHash("sha512")
      .update(str(a, 0, "base64sha512"))
      .digest("base64"),
  sensitive: (a) => arg(a, 0, "sensitive"),
  nonsensitive: (a) => arg(a, 0, "nonsensitive"),
  alltrue: (a) => list(arg(a, 0, "alltrue"), "alltrue").every((x) => toBool(x)),
  anytrue: (a) => list(arg(a, 0, "anytrue"), "anytrue").some((x) => toBool(x)),
  chunklist: (a) => {
    const l = list(arg(a, 0, "chunklist"), "chunklist");
    const size = num(a, 1, "chunklist");
    if (size < 0) throw new EvalError("chunklist(): negative size");
    if (size === 0) return [l];
    return Array.from({ length: Math.ceil(l.length / size) }, (_, i) => l.slice(i * size, (i + 1) * size));
  },
  // Files: only inside the scanned tree.
  filemd5: (a, h) =>
    createHash("md5")
      .update(h.readFile(str(a, 0, "filemd5")))
      .digest("hex"),
  filesha1: (a, h) =>
    createHash("sha1")
      .update(h.readFile(str(a, 0, "filesha1")))
      .digest("hex"),
  filesha256: (a, h) =>
    createHash("sha256")
      .update(h.readFile(str(a, 0, "filesha256")))
      .digest("hex"),
  filesha512: (a, h) =>
    createHash("sha512")
      .update(h.readFile(str(a, 0, "filesha512")))
      .digest("hex"),
  filebase64sha256: (a, h) =>
    createHash("sha256")
      .update(h.readFile(str(a, 0, "filebase64sha256")))
      .digest("base64"),
  filebase64sha512: (a, h) =>
    createHash("sha512")
      .update(h.readFile(str(a, 0, "filebase64sha512")))
      .digest("base64"),
  file: (a, h) => checkString(h.readFile(str(a, 0, "file")).toString("utf8")),
  filebase64: (a, h) => checkString(h.readFile(str(a, 0, "filebase64")).toString("base64")),
  fileexists: (a, h) => h.fileExists(str(a, 0, "fileexists")),
  templatefile: (a, h) => {
    const vars = arg(a, 1, "templatefile");
    return h.renderTemplate(
      h.readFile(str(a, 0, "templatefile")).toString("utf8"),
      map(vars, "templatefile"),
    );
  },
  abspath: (a) => str(a, 0, "abspath"),
  basename: (a) => str(a, 0, "basename").replace(/\/+$/, "").split("/").pop() ?? "",
  dirname: (a) => {
    const s = str(a, 0, "dirname");
    const i = s.lastIndexOf("/");
    return i < 0 ? "." : i === 0 ? "/" : s.slice(0, i);
  },
  pathexpand: (a) => str(a, 0, "pathexpand"),
  // Networking
  cidrsubnet: (a) => {
    const [base, bits] = ipv4(str(a, 0, "cidrsubnet"));
    const newbits = num(a, 1, "cidrsubnet");
    const netnum = num(a, 2, "cidrsubnet");
    const total = bits + newbits;
    if (total > 32 || netnum < 0 || netnum >= 2 ** newbits) throw new EvalError("cidrsubnet(): out of range");
    const addr = (base + netnum * 2 ** (32 - total)) >>> 0;
    return `${ipString(addr)}/${total}`;
  },
  cidrhost: (a) => {
    const [base, bits] = ipv4(str(a, 0, "cidrhost"));
    let host = num(a, 1, "cidrhost");
    const size = 2 ** (32 - bits);
    if (host < 0) host += size;
    if (host < 0 || host >= size) throw new EvalError("cidrhost(): out of range");
    return ipString((base + host) >>> 0);
  },
  cidrnetmask: (a) => {
    const [, bits] = ipv4(str(a, 0, "cidrnetmask"));
    return ipString(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
  },
};
