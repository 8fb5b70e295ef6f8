/**
 * One instance of a module (the root, or `module.net[0]`): it resolves the names its expressions
 * use (`var`, `local`, `module`, `data`, resources, `path`, `terraform`), expands `count` and
 * `for_each`, and turns every resource and data block instance into a RawRecord.
 *
 * Everything is lazy and cached: a local, a resource's attributes, a child module's outputs are
 * evaluated when first needed, and a cycle among them becomes an Unknown instead of a hang.
 */
import type { RawRecord, ScanError } from "../../model/raw.ts";
import type { Span } from "../../model/resource.ts";
import { Unknown, type Value, type ValueMap } from "../../model/value.ts";
import type { Attribute, Block, Body, Expr } from "./ast.ts";
import { evaluate, setKey, withVars, type Budget, type Env, type Vars } from "./evaluate.ts";
import type { FunctionHost } from "./functions.ts";
import { isLocalSource, moduleSource, type ModuleDef } from "./module.ts";
import { convert, readType } from "./types.ts";
import {
  EvalError,
  LazyObject,
  LimitError,
  isMap,
  materialize,
  toNum,
  toStr,
  unknownFrom,
} from "./values.ts";

export interface ProviderFacts {
  region?: string;
  project?: string;
  account?: string;
  /** The AWS provider's `default_tags`: Terraform merges them into every resource's `tags_all`. */
  defaultTags?: Value;
}

/** What all module instances of one root module share. */
export interface Tree extends Omit<FunctionHost, "budget"> {
  budget: Budget;
  rootDir: string;
  display(abs: string): string;
  errors: ScanError[];
  skipped: { file: string; reason: string }[];
  records: RawRecord[];
  /** Records emitted for this root module so far (`records` is shared by all roots). */
  emitted: number;
  /** The module directory a local source points to, or an error message (outside the scan, unreadable). */
  resolveModule(fromDir: string, source: string): ModuleDef | string;
  /** Whether records of blocks in this file are emitted (a single-file target emits only its own). */
  emits(file: string): boolean;
}

const MAX_MODULE_DEPTH = 32;
/** Resource and data instances one root module may produce. */
export const MAX_RECORDS = 100_000;
const MODULE_INSTANCE_COST = 100;
/** Values evaluated within values (a local naming a local naming a local…): bounds the stack. */
const MAX_REFERENCE_DEPTH = 200;
/** Arguments of resource and module blocks that configure Terraform rather than the resource. */
const RESOURCE_META = new Set(["count", "for_each", "provider", "depends_on"]);
const RESOURCE_META_BLOCKS = new Set(["lifecycle", "provisioner", "connection"]);
const MODULE_META = new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);

type Expansion =
  | { kind: "single" }
  | { kind: "count"; n: number }
  | { kind: "each"; entries: [string, Value][] }
  | { kind: "unknown"; reason: string; refs: readonly string[] };

interface InstanceKey {
  /** `[0]`, `["a"]`, or "" for a single instance (or an unknown expansion). */
  suffix: string;
  vars: Map<string, Value>;
}

export class ModuleInstance implements Env {
  readonly budget: Budget;
  private readonly tree: Tree;
  private readonly def: ModuleDef;
  /** `module.a[0].module.b`, or "" for the root. */
  private readonly path: string;
  private readonly inputs: Map<string, () => Value>;
  private readonly ancestors: readonly string[];
  private readonly providers: Map<string, ProviderFacts>;

  private readonly varCache = new Map<string, Value>();
  private readonly localCache = new Map<string, Value>();
  private readonly localBusy = new Set<string>();
  private readonly outputCache = new Map<string, Value>();
  private readonly outputBusy = new Set<string>();
  private readonly blocksByAddr = new Map<string, Block>();
  private readonly expansions = new Map<Block, Expansion>();
  private readonly attrCache = new Map<string, { attrs: ValueMap; spans: Record<string, Span> }>();
  private readonly attrBusy = new Set<string>();
  private readonly children = new Map<string, ChildCall>();
  private readonly nsVar: LazyObject;
  private readonly nsLocal: LazyObject;
  private readonly nsModule: LazyObject;
  private readonly nsData: LazyObject;

  constructor(
    tree: Tree,
    def: ModuleDef,
    path: string,
    inputs: Map<string, () => Value>,
    ancestors: readonly string[],
    providers: Map<string, ProviderFacts>,
  ) {
    this.tree = tree;
    this.budget = tree.budget;
    this.def = def;
    this.path = path;
    this.inputs = inputs;
    this.ancestors = ancestors;
    this.providers = providers;
    for (const b of def.resources) {
      const key = b.type === "data" ? `data.${b.labels[0]}.${b.labels[1]}` : `${b.labels[0]}.${b.labels[1]}`;
      if (!this.blocksByAddr.has(key)) this.blocksByAddr.set(key, b);
    }
    const ns = (what: string, get: (n: string) => Value): LazyObject =>
      new LazyObject(`the whole ${what} object is not a value`, [], get);
    this.nsVar = ns("var", (n) => this.variable(n));
    this.nsLocal = ns("local", (n) => this.local(n));
    this.nsModule = ns("module", (n) => this.moduleValue(n));
    this.nsData = ns(
      "data",
      (type) => new LazyObject(`data.${type}`, [], (name) => this.dataValue(type, name)),
    );
  }

  // FunctionHost, delegated to the tree.
  readFile(path: string): Buffer {
    return this.tree.readFile(path);
  }
  fileExists(path: string): boolean {
    return this.tree.fileExists(path);
  }
  renderTemplate(text: string, vars: ValueMap): Value {
    return this.tree.renderTemplate(text, vars);
  }

  private prefix(): string {
    return this.path ? this.path + "." : "";
  }

  lookup(name: string, _line: number): Value {
    switch (name) {
      case "var":
        return this.nsVar;
      case "local":
        return this.nsLocal;
      case "module":
        return this.nsModule;
      case "data":
        return this.nsData;
      case "path":
        return {
          module: this.tree.display(this.def.dir),
          root: this.tree.display(this.tree.rootDir),
          cwd: this.tree.display(this.tree.rootDir),
        };
      case "terraform":
        return { workspace: "default" };
      case "count":
      case "each":
      case "self":
        throw new EvalError(`"${name}" is not available here`);
    }
    return new LazyObject(`${name}`, [], (res) => this.resourceValue(name, res));
  }

  /** Evaluates an expression for an attribute: errors become Unknown, limits are reported once. */
  value(e: Expr, vars: Vars | undefined, span: Span): Value {
    const b = this.budget;
    if (b.references === 0) b.beginValue();
    try {
      if (++b.references > MAX_REFERENCE_DEPTH)
        throw new LimitError(`references nested deeper than ${MAX_REFERENCE_DEPTH} levels`);
      return evaluate(e, this, vars);
    } catch (err) {
      if (err instanceof EvalError) return new Unknown(err.message);
      if (err instanceof LimitError || err instanceof RangeError) {
        this.limit(err.message, span);
        return new Unknown(err.message);
      }
      throw err;
    } finally {
      b.references--;
    }
  }

  private limit(message: string, span: Span): void {
    if (this.tree.errors.some((x) => x.message.includes(message))) return;
    this.tree.errors.push({ source: "terraform", file: span.file, line: span.start_line, message });
  }

  // ---- variables and locals

  private variable(name: string): Value {
    const cached = this.varCache.get(name);
    if (cached !== undefined) return cached;
    const decl = this.def.variables.get(name);
    if (!decl) throw new EvalError(`reference to undeclared variable "${name}"`);
    const given = this.inputs.get(name)?.();
    const d = decl.body.attrs.get("default");
    const nullable = decl.body.attrs.get("nullable");
    // `nullable = false` makes a null input fall back to the default.
    const useDefault =
      given === undefined ||
      (given === null &&
        nullable !== undefined &&
        this.value(nullable.expr, undefined, nullable.span) === false);
    let v: Value;
    if (!useDefault) v = given;
    else v = d ? this.value(d.expr, undefined, d.span) : new Unknown(`variable "${name}" has no value`);
    v = convert(v, readType(decl.body.attrs.get("type")?.expr), this);
    this.varCache.set(name, v);
    return v;
  }

  private local(name: string): Value {
    const cached = this.localCache.get(name);
    if (cached !== undefined) return cached;
    const a = this.def.locals.get(name);
    if (!a) throw new EvalError(`reference to undeclared local value "${name}"`);
    if (this.localBusy.has(name)) {
      const msg = `local.${name} refers to itself through a cycle`;
      this.tree.errors.push({
        source: "terraform",
        file: a.span.file,
        line: a.span.start_line,
        message: msg,
      });
      const u = new Unknown(msg);
      this.localCache.set(name, u);
      return u;
    }
    this.localBusy.add(name);
    try {
      const v = this.value(a.expr, undefined, a.span);
      if (!this.localCache.has(name)) this.localCache.set(name, v);
      return this.localCache.get(name) as Value;
    } finally {
      this.localBusy.delete(name);
    }
  }

  // ---- resources and data

  private dataValue(type: string, name: string): Value {
    const addr = `data.${type}.${name}`;
    if (!this.blocksByAddr.has(addr)) throw new EvalError(`reference to undeclared data source ${addr}`);
    return new Unknown(`${addr} is read from the provider at plan time`, [addr]);
  }

  private resourceValue(type: string, name: string): Value {
    const base = `${type}.${name}`;
    const block = this.blocksByAddr.get(base);
    if (!block) throw new EvalError(`reference to undeclared resource ${base}`);
    const exp = this.expand(block);
    switch (exp.kind) {
      case "single":
        return this.instanceObject(block, base, { suffix: "", vars: new Map() });
      case "count":
        return this.keys(block, exp).map((k) => this.instanceObject(block, base + k.suffix, k));
      case "each": {
        const out: ValueMap = {};
        const keys = this.keys(block, exp);
        exp.entries.forEach(([k], i) =>
          setKey(out, k, this.instanceObject(block, base + keys[i]!.suffix, keys[i]!)),
        );
        return out;
      }
      case "unknown":
        return new Unknown(`how many instances of ${base} exist is unknown (${exp.reason})`, [
          base,
          ...exp.refs,
        ]);
    }
  }

  private instanceObject(block: Block, addr: string, key: InstanceKey): LazyObject {
    return new LazyObject(`${addr} is only known after apply`, [addr], (attr) => {
      const { attrs } = this.instanceAttrs(block, addr, key);
      if (Object.hasOwn(attrs, attr)) {
        const v = attrs[attr] as Value;
        if (v !== null) return v;
      }
      return new Unknown(`${addr}.${attr} is computed at apply time`, [addr]);
    });
  }

  /** `self` inside a resource: its own arguments, evaluated directly (they are being computed). */
  private selfObject(block: Block, addr: string, key: InstanceKey): LazyObject {
    return new LazyObject(`${addr} is only known after apply`, [addr], (attr) => {
      const a = block.body.attrs.get(attr);
      if (a && !RESOURCE_META.has(attr)) {
        const v = this.value(a.expr, key.vars, a.span);
        if (v !== null) return v;
      }
      return new Unknown(`${addr}.${attr} is computed at apply time`, [addr]);
    });
  }

  private instanceAttrs(
    block: Block,
    addr: string,
    key: InstanceKey,
  ): { attrs: ValueMap; spans: Record<string, Span> } {
    const cached = this.attrCache.get(addr);
    if (cached) return cached;
    if (this.attrBusy.has(addr)) return { attrs: {}, spans: {} }; // a reference cycle: its attributes read as computed
    this.attrBusy.add(addr);
    try {
      const spans: Record<string, Span> = {};
      const vars = withVars(key.vars, "self", this.selfObject(block, addr, key));
      const attrs = this.body(block.body, vars, "", spans, true);
      const out = { attrs, spans };
      this.attrCache.set(addr, out);
      return out;
    } finally {
      this.attrBusy.delete(addr);
    }
  }

  /** A block body in Terraform's JSON shape: arguments as values, nested blocks as lists. */
  private body(body: Body, vars: Vars, prefix: string, spans: Record<string, Span>, top: boolean): ValueMap {
    const out: ValueMap = {};
    for (const [name, a] of body.attrs) {
      if (top && RESOURCE_META.has(name)) continue;
      setKey(out, name, materialize(this.value(a.expr, vars, a.span)));
      spans[prefix + name] = a.span;
    }
    for (const b of body.blocks) {
      if (top && RESOURCE_META_BLOCKS.has(b.type)) continue;
      if (b.type === "dynamic" && b.labels[0] !== undefined) {
        this.dynamic(b, vars, prefix, spans, out);
        continue;
      }
      const list = blockList(out, b.type);
      const at = `${prefix}${b.type}.${list.length}`;
      spans[at] = b.span;
      spans[prefix + b.type] ??= b.span;
      list.push(this.body(b.body, vars, at + ".", spans, false));
    }
    return out;
  }

  private dynamic(b: Block, vars: Vars, prefix: string, spans: Record<string, Span>, out: ValueMap): void {
    const type = b.labels[0]!;
    const list = blockList(out, type);
    spans[prefix + type] ??= b.span;
    const itExpr = b.body.attrs.get("iterator")?.expr;
    const it = itExpr?.kind === "var" ? itExpr.name : type;
    const content = b.body.blocks.find((c) => c.type === "content");
    const fe = b.body.attrs.get("for_each");
    if (!content || !fe) return;
    const coll = this.value(fe.expr, vars, fe.span);
    if (coll instanceof Unknown || coll === null || (!Array.isArray(coll) && !isMap(coll))) {
      // Unknown repetition: there may be blocks, so the block is present and unknown, never absent.
      spans[`${prefix}${type}.${list.length}`] = b.span;
      list.push(
        coll instanceof Unknown
          ? unknownFrom(`dynamic "${type}" iterates over an unknown collection (${coll.reason})`, coll)
          : new Unknown(`dynamic "${type}" for_each is not a collection`),
      );
      return;
    }
    const pairs: [Value, Value][] = Array.isArray(coll)
      ? coll.map((v, i) => [i, v])
      : Object.keys(coll)
          .sort()
          .map((k) => [k, coll[k] as Value]);
    for (const [k, v] of pairs) {
      this.budget.spend();
      const scope = withVars(vars, it, { key: k, value: v });
      const at = `${prefix}${type}.${list.length}`;
      spans[at] = content.span;
      list.push(this.body(content.body, scope, at + ".", spans, false));
    }
  }

  // ---- count and for_each

  private expand(block: Block): Expansion {
    const cached = this.expansions.get(block);
    if (cached) return cached;
    const exp = this.computeExpansion(block);
    this.expansions.set(block, exp);
    return exp;
  }

  private computeExpansion(block: Block): Expansion {
    const count = block.body.attrs.get("count");
    const forEach = block.body.attrs.get("for_each");
    if (count) {
      const v = this.value(count.expr, undefined, count.span);
      if (v instanceof Unknown)
        return { kind: "unknown", reason: `count is unknown: ${v.reason}`, refs: v.refs };
      try {
        const n = toNum(v);
        if (!Number.isInteger(n) || n < 0)
          return { kind: "unknown", reason: `count is not a whole number`, refs: [] };
        this.budget.spend(n);
        return { kind: "count", n };
      } catch (e) {
        return { kind: "unknown", reason: `count is invalid: ${(e as Error).message}`, refs: [] };
      }
    }
    if (forEach) {
      const v = this.value(forEach.expr, undefined, forEach.span);
      if (v instanceof Unknown)
        return { kind: "unknown", reason: `for_each is unknown: ${v.reason}`, refs: v.refs };
      try {
        if (Array.isArray(v)) {
          const keys = v.map((x) => {
            if (x instanceof Unknown) throw new EvalError("a for_each set has unknown elements");
            return toStr(x);
          });
          this.budget.spend(keys.length);
          return { kind: "each", entries: [...new Set(keys)].sort().map((k) => [k, k]) };
        }
        if (isMap(v)) {
          this.budget.spend(Object.keys(v).length);
          return {
            kind: "each",
            entries: Object.keys(v)
              .sort()
              .map((k) => [k, v[k] as Value]),
          };
        }
        return { kind: "unknown", reason: "for_each is not a map or set", refs: [] };
      } catch (e) {
        const u = e instanceof EvalError ? e.message : String(e);
        return { kind: "unknown", reason: `for_each is unknown: ${u}`, refs: [] };
      }
    }
    return { kind: "single" };
  }

  private keys(block: Block, exp: Expansion): InstanceKey[] {
    switch (exp.kind) {
      case "single":
        return [{ suffix: "", vars: new Map() }];
      case "count":
        return Array.from({ length: exp.n }, (_, i) => ({
          suffix: `[${i}]`,
          vars: new Map([["count", { index: i }]]),
        }));
      case "each":
        return exp.entries.map(([k, v]) => ({
          suffix: `[${JSON.stringify(k)}]`,
          vars: new Map<string, Value>([["each", { key: k, value: v }]]),
        }));
      case "unknown": {
        const why = `${block.labels.join(".")} has an unknown number of instances (${exp.reason})`;
        const u = new Unknown(why, exp.refs);
        return [
          {
            suffix: "",
            vars: new Map<string, Value>([
              ["count", { index: u }],
              ["each", { key: u, value: u }],
            ]),
          },
        ];
      }
    }
  }

  // ---- modules

  private moduleValue(name: string): Value {
    const call = this.child(name);
    if (!call) throw new EvalError(`reference to undeclared module "${name}"`);
    if (typeof call.instances === "string") {
      const reason = call.instances;
      return new LazyObject(reason, [`module.${name}`], () => new Unknown(reason, [`module.${name}`]));
    }
    const exp = call.expansion;
    const objects = call.instances.map((c) => c.outputs());
    switch (exp.kind) {
      case "single":
        return objects[0] ?? null;
      case "count":
        return objects;
      case "each": {
        const out: ValueMap = {};
        exp.entries.forEach(([k], i) => setKey(out, k, objects[i] as Value));
        return out;
      }
      case "unknown":
        return new Unknown(`how many instances of module.${name} exist is unknown (${exp.reason})`, [
          `module.${name}`,
        ]);
    }
  }

  /** The outputs of this instance as an object whose attributes evaluate on demand. */
  outputs(): LazyObject {
    return new LazyObject(`the outputs of ${this.path}`, [this.path], (n) => this.output(n));
  }

  private output(name: string): Value {
    const cached = this.outputCache.get(name);
    if (cached !== undefined) return cached;
    const decl = this.def.outputs.get(name);
    if (!decl) throw new EvalError(`${this.path} has no output "${name}"`);
    if (this.outputBusy.has(name)) return new Unknown(`output "${name}" of ${this.path} depends on itself`);
    const a = decl.body.attrs.get("value");
    this.outputBusy.add(name);
    try {
      const v = a ? this.value(a.expr, undefined, a.span) : null;
      this.outputCache.set(name, v);
      return v;
    } finally {
      this.outputBusy.delete(name);
    }
  }

  /** A module call's instances, created once: a string when the module is not loaded (remote, refused). */
  private child(name: string): ChildCall | undefined {
    const cached = this.children.get(name);
    if (cached) return cached;
    const block = this.def.calls.find((c) => c.labels[0] === name);
    if (!block) return undefined;
    const made = this.makeChild(name, block);
    this.children.set(name, made);
    return made;
  }

  private makeChild(name: string, block: Block): ChildCall {
    const expansion = this.expand(block);
    const source = moduleSource(block);
    const where = { file: block.span.file, line: block.span.start_line };
    if (source === undefined || !isLocalSource(source)) {
      const reason =
        source === undefined
          ? `module "${name}" has no literal source`
          : `module "${name}" comes from ${JSON.stringify(source)}, which is not fetched`;
      this.tree.skipped.push({ file: where.file, reason: `line ${where.line}: ${reason}` });
      return { expansion, instances: reason };
    }
    const resolved = this.tree.resolveModule(this.def.dir, source);
    if (typeof resolved === "string") {
      this.tree.errors.push({ source: "terraform", ...where, message: `module "${name}": ${resolved}` });
      return { expansion, instances: resolved };
    }
    if (resolved.dir === this.def.dir || this.ancestors.includes(resolved.dir)) {
      const message = `module "${name}" calls ${JSON.stringify(source)}, which is already being loaded: a module cycle`;
      this.tree.errors.push({ source: "terraform", ...where, message });
      return { expansion, instances: message };
    }
    if (this.ancestors.length >= MAX_MODULE_DEPTH) {
      const message = `module "${name}": modules nested deeper than ${MAX_MODULE_DEPTH} levels`;
      this.tree.errors.push({ source: "terraform", ...where, message });
      return { expansion, instances: message };
    }
    const providers = this.childProviders(block);
    const instances = this.keys(block, expansion).map((k) => {
      const inputs = new Map<string, () => Value>();
      for (const [argName, a] of block.body.attrs) {
        if (MODULE_META.has(argName)) continue;
        let memo: { v: Value } | undefined;
        inputs.set(argName, () => (memo ??= { v: this.value(a.expr, k.vars, a.span) }).v);
      }
      const path = `${this.prefix()}module.${name}${k.suffix}`;
      // Module instances cost work too, so nested count fan-out exhausts the tree's budget.
      this.budget.spend(MODULE_INSTANCE_COST);
      const child = new ModuleInstance(
        this.tree,
        resolved,
        path,
        inputs,
        [...this.ancestors, this.def.dir],
        providers,
      );
      // A child's own provider blocks (an older style) configure its resources.
      if (resolved.providers.length) child.adoptProviders(child.providerFacts());
      return child;
    });
    return { expansion, instances };
  }

  /** Provider configurations a child sees: the caller's, renamed by `providers = { aws = aws.west }`. */
  private childProviders(block: Block): Map<string, ProviderFacts> {
    const map = new Map(this.providers);
    const p = block.body.attrs.get("providers")?.expr;
    if (p?.kind !== "object") return map;
    for (const item of p.items) {
      const to = refName(item.key);
      const from = refName(item.value);
      const facts = from !== undefined ? this.providers.get(from) : undefined;
      if (to !== undefined && facts) map.set(to, facts);
    }
    return map;
  }

  // ---- records

  /** Emits records for every resource and data instance here and in every loaded child module. */
  emit(): void {
    const rootDisplay = this.tree.display(this.tree.rootDir);
    for (const block of this.def.resources) {
      const [type, name] = block.labels as [string, string];
      const mode = block.type === "data" ? "data" : "resource";
      const base = (mode === "data" ? "data." : "") + `${type}.${name}`;
      if (!this.tree.emits(block.span.file)) continue;
      const exp = this.expand(block);
      const facts = this.providerFor(block, type);
      const providerConfig = facts && configOf(facts);
      for (const key of this.keys(block, exp)) {
        if (this.tree.emitted >= MAX_RECORDS) {
          this.limit(`more than ${MAX_RECORDS} resource instances in one root module`, block.span);
          return;
        }
        const local = base + key.suffix;
        const { attrs: written, spans } = this.instanceAttrs(block, local, key);
        const attrs =
          facts?.defaultTags !== undefined && mode === "resource"
            ? withDefaultTags(written, facts.defaultTags)
            : written;
        const record: RawRecord = {
          format: "terraform",
          native_type: type,
          address: this.prefix() + local,
          name,
          mode,
          root: rootDisplay,
          module: this.path,
          span: block.span,
          attrs,
          attrSpans: spans,
          suppressions: { ...block.suppressions },
        };
        if (providerConfig) record.providerConfig = providerConfig;
        this.tree.emitted++;
        this.tree.records.push(record);
      }
    }
    for (const call of this.def.calls) {
      if (!this.tree.emits(call.span.file)) continue;
      const c = this.child(call.labels[0]!);
      if (c && typeof c.instances !== "string") for (const inst of c.instances) inst.emit();
    }
  }

  private providerFor(block: Block, type: string): ProviderFacts | undefined {
    const explicit = block.body.attrs.get("provider")?.expr;
    const name = (explicit && refName(explicit)) ?? defaultProvider(type);
    return this.providers.get(name);
  }

  /** The facts of this module's own provider blocks (the root's define the tree's providers). */
  providerFacts(): Map<string, ProviderFacts> {
    const out = new Map<string, ProviderFacts>();
    for (const p of this.def.providers) {
      const name = p.labels[0]!;
      const alias = p.body.attrs.get("alias");
      const aliasValue = alias ? this.value(alias.expr, undefined, alias.span) : undefined;
      const key = typeof aliasValue === "string" ? `${name}.${aliasValue}` : name;
      const facts: ProviderFacts = {};
      const str = (attr: string): string | undefined => {
        const a = p.body.attrs.get(attr);
        if (!a) return undefined;
        const v = this.value(a.expr, undefined, a.span);
        return typeof v === "string" && v !== "" ? v : undefined;
      };
      const region = str("region") ?? str("location");
      const project = str("project");
      const account = str("subscription_id") ?? singleAccount(p, this);
      if (region) facts.region = region;
      if (project) facts.project = project;
      if (account) facts.account = account;
      const tags = p.body.blocks.find((x) => x.type === "default_tags")?.body.attrs.get("tags");
      if (tags) facts.defaultTags = materialize(this.value(tags.expr, undefined, tags.span));
      out.set(key, facts);
    }
    return out;
  }

  /** Replaces this instance's provider map with its own blocks' facts (used for the root). */
  adoptProviders(map: Map<string, ProviderFacts>): void {
    for (const [k, v] of map) this.providers.set(k, v);
  }
}

interface ChildCall {
  expansion: Expansion;
  instances: ModuleInstance[] | string;
}

function blockList(out: ValueMap, type: string): Value[] {
  const existing = out[type];
  if (Array.isArray(existing)) return existing;
  const list: Value[] = [];
  setKey(out, type, list);
  return list;
}

/** `aws.west` or `aws` from a provider reference expression. */
function refName(e: Expr): string | undefined {
  if (e.kind === "var") return e.name;
  if (e.kind === "literal" && typeof e.value === "string") return e.value;
  if (e.kind === "traverse" && e.root.kind === "var") {
    const names = e.steps.map((s) => (s.kind === "attr" ? s.name : undefined));
    if (names.every((n) => n !== undefined)) return [e.root.name, ...names].join(".");
  }
  return undefined;
}

function defaultProvider(type: string): string {
  const i = type.indexOf("_");
  return i < 0 ? type : type.slice(0, i);
}

function singleAccount(p: Block, inst: ModuleInstance): string | undefined {
  const a: Attribute | undefined = p.body.attrs.get("allowed_account_ids");
  if (!a) return undefined;
  const v = inst.value(a.expr, undefined, a.span);
  return Array.isArray(v) && v.length === 1 && typeof v[0] === "string" ? v[0] : undefined;
}

/** The provider facts a record carries, when there are any. */
function configOf(f: ProviderFacts): RawRecord["providerConfig"] {
  const out: NonNullable<RawRecord["providerConfig"]> = {};
  if (f.region) out.region = f.region;
  if (f.project) out.project = f.project;
  if (f.account) out.account = f.account;
  return Object.keys(out).length ? out : undefined;
}

/** `tags_all` as Terraform computes it: the provider's default tags overridden by the resource's own. */
function withDefaultTags(attrs: ValueMap, defaults: Value): ValueMap {
  const own = attrs["tags"] ?? {};
  let all: Value;
  if (isMap(defaults) && isMap(own)) all = { ...defaults, ...own };
  else all = unknownFrom("tags_all merges unknown default or resource tags", defaults, own);
  const out = { ...attrs };
  setKey(out, "tags_all", all);
  return out;
}
