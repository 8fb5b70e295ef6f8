/**
 * Test support: writes a Terraform tree to a temporary directory, runs the loader on it the way
 * a scan does (discovery, real paths as roots) and returns what it loaded.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { LoadResult, RawRecord } from "../../model/raw.ts";
import { discover, displayPath } from "../discover.ts";
import { loadTerraform } from "./index.ts";

export interface LoadOptions {
  /** Scan targets relative to the tree (default "."). */
  targets?: string[];
  /** Working directory relative to the tree (default the tree itself). */
  cwd?: string;
  vars?: Record<string, string>;
  /** Var files relative to the tree. */
  varFiles?: string[];
}

export async function loadTree(files: Record<string, string>, opts: LoadOptions = {}): Promise<LoadResult> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-tf-")));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const cwd = resolve(dir, opts.cwd ?? ".");
    const targets = opts.targets ?? ["."];
    const found = discover(targets, { cwd, exclude: [] });
    return await loadTerraform(found.files.get("terraform") ?? [], {
      cwd,
      display: (abs) => displayPath(abs, cwd),
      roots: targets.map((t) => realpathSync(resolve(cwd, t))),
      terraform: { vars: opts.vars ?? {}, varFiles: (opts.varFiles ?? []).map((f) => resolve(dir, f)) },
      cloudformation: { parameters: {} },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The record with this address; fails loudly when absent so a test names what was missing. */
export function recordOf(result: LoadResult, address: string): RawRecord {
  const r = result.records.find((x) => x.address === address);
  if (!r) throw new Error(`no record ${address}; have ${result.records.map((x) => x.address).join(", ")}`);
  return r;
}

/** Evaluates expressions as attributes of one resource and returns their values by name. */
export async function evalAttrs(
  exprs: Record<string, string>,
  prelude = "",
  opts: LoadOptions = {},
): Promise<Record<string, unknown>> {
  const body = Object.entries(exprs)
    .map(([k, e]) => `  ${k} = ${e}`)
    .join("\n");
  const result = await loadTree({ "main.tf": `${prelude}\nresource "test_thing" "t" {\n${body}\n}\n` }, opts);
  return recordOf(result, "test_thing.t").attrs;
}
