/**
 * Where a planned resource is written. A finding on a plan is most useful on the `.tf` line that
 * declares the resource, so when the configuration is at hand (`--tf-dir`, or `.tf` files beside
 * the plan) it is loaded with the Terraform loader and each planned address borrows the block and
 * attribute spans of the HCL record with the same address.
 */
import { readdirSync, realpathSync } from "node:fs";
import { join } from "node:path";
import type { RawRecord, ScanError } from "../../model/raw.ts";
import type { LoaderContext } from "../loader.ts";
import { loadTerraform } from "../terraform/index.ts";
import { stripKeys } from "./expressions.ts";

export interface HclLocations {
  find(address: string): RawRecord | undefined;
  errors: ScanError[];
}

/** The HCL records of a configuration directory by address; undefined when it has no `.tf` files. */
export async function hclLocations(dir: string, ctx: LoaderContext): Promise<HclLocations | undefined> {
  let real: string;
  let files: string[];
  try {
    real = realpathSync(dir);
    files = readdirSync(real)
      .filter((n) => n.endsWith(".tf") || n.endsWith(".tf.json"))
      .sort()
      .map((n) => join(real, n));
  } catch {
    return undefined;
  }
  if (files.length === 0) return undefined;
  const loaded = await loadTerraform(files, { ...ctx, roots: [real] });
  const exact = new Map<string, RawRecord>();
  const loose = new Map<string, RawRecord>();
  for (const r of loaded.records) {
    exact.set(r.address, r);
    const base = stripKeys(r.address);
    if (!loose.has(base)) loose.set(base, r);
  }
  return {
    find: (address) => exact.get(address) ?? loose.get(stripKeys(address)),
    errors: loaded.errors,
  };
}
