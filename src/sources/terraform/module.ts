/**
 * A module as written: the blocks of every `.tf` and `.tf.json` file in one directory, sorted
 * into the kinds evaluation needs. Parsing happens once per directory per scan.
 */
import type { Attribute, Block, Body } from "./ast.ts";

export interface ModuleDef {
  /** Absolute directory. */
  dir: string;
  variables: Map<string, Block>;
  locals: Map<string, Attribute>;
  outputs: Map<string, Block>;
  /** `resource` and `data` blocks. */
  resources: Block[];
  calls: Block[];
  providers: Block[];
}

export function emptyModule(dir: string): ModuleDef {
  return {
    dir,
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: [],
    calls: [],
    providers: [],
  };
}

/** `override.tf`, `x_override.tf` (and `.tf.json`): merged into the other files' blocks, after them. */
export function isOverrideFile(path: string): boolean {
  return /(^|[/\\_])override\.tf(\.json)?$/.test(path);
}

/** Adds one file's top-level blocks to its module. */
export function addFile(mod: ModuleDef, body: Body, override = false): void {
  if (override) {
    applyOverride(mod, body);
    return;
  }
  for (const b of body.blocks) {
    switch (b.type) {
      case "variable":
        if (b.labels[0] !== undefined) mod.variables.set(b.labels[0], b);
        break;
      case "locals":
        for (const [name, a] of b.body.attrs) mod.locals.set(name, a);
        break;
      case "output":
        if (b.labels[0] !== undefined) mod.outputs.set(b.labels[0], b);
        break;
      case "resource":
      case "data":
        if (b.labels.length >= 2) mod.resources.push(b);
        break;
      case "module":
        if (b.labels[0] !== undefined) mod.calls.push(b);
        break;
      case "provider":
        if (b.labels[0] !== undefined) mod.providers.push(b);
        break;
    }
  }
}

/** The literal `source` of a module block, when it is written as a plain string. */
export function moduleSource(call: Block): string | undefined {
  const e = call.body.attrs.get("source")?.expr;
  if (e?.kind === "literal" && typeof e.value === "string") return e.value;
  if (e?.kind === "template" && e.parts.every((p) => typeof p === "string")) return e.parts.join("");
  return undefined;
}

export function isLocalSource(source: string): boolean {
  return source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
}

/**
 * Terraform's override files: each block replaces the arguments of the block with the same type
 * and labels, and each nested block type it writes replaces all nested blocks of that type.
 */
function applyOverride(mod: ModuleDef, body: Body): void {
  for (const b of body.blocks) {
    const name = b.labels[0];
    switch (b.type) {
      case "locals":
        for (const [n, a] of b.body.attrs) mod.locals.set(n, a);
        break;
      case "variable":
      case "output": {
        const map = b.type === "variable" ? mod.variables : mod.outputs;
        const base = name !== undefined ? map.get(name) : undefined;
        if (base && name !== undefined) map.set(name, merge(base, b));
        break;
      }
      case "resource":
      case "data":
        replaceIn(mod.resources, b);
        break;
      case "module":
        replaceIn(mod.calls, b);
        break;
      case "provider":
        replaceIn(mod.providers, b, (x) => literalAttr(x, "alias"));
        break;
    }
  }
}

function replaceIn(list: Block[], over: Block, extra: (b: Block) => unknown = () => undefined): void {
  const i = list.findIndex(
    (x) =>
      x.type === over.type &&
      x.labels.join("\u0000") === over.labels.join("\u0000") &&
      extra(x) === extra(over),
  );
  if (i >= 0) list[i] = merge(list[i]!, over);
}

function nestedType(b: Block): string {
  return b.type === "dynamic" ? (b.labels[0] ?? "") : b.type;
}

function merge(base: Block, over: Block): Block {
  const replaced = new Set(over.body.blocks.map(nestedType));
  return {
    ...base,
    body: {
      attrs: new Map([...base.body.attrs, ...over.body.attrs]),
      blocks: [...base.body.blocks.filter((x) => !replaced.has(nestedType(x))), ...over.body.blocks],
    },
    suppressions: { ...base.suppressions, ...over.suppressions },
  };
}

function literalAttr(b: Block, name: string): unknown {
  const e = b.body.attrs.get(name)?.expr;
  return e?.kind === "literal" ? e.value : undefined;
}
