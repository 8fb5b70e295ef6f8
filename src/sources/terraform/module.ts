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

/** Adds one file's top-level blocks to its module. */
export function addFile(mod: ModuleDef, body: Body): void {
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
