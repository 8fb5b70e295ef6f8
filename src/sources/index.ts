import type { LoadResult } from "../model/raw.ts";
import type { InputFormat } from "./formats.ts";
import type { Loader, LoaderContext } from "./loader.ts";
import { loadTerraform } from "./terraform/index.ts";
import { loadPlan } from "./plan/index.ts";
import { loadCloudFormation } from "./cloudformation/index.ts";
import { loadKubernetes } from "./kubernetes/index.ts";
import { loadArm } from "./arm/index.ts";

const loaders: Partial<Record<InputFormat, Loader>> = {
  terraform: loadTerraform,
  "terraform-plan": loadPlan,
  cloudformation: loadCloudFormation,
  kubernetes: loadKubernetes,
  arm: loadArm,
};

/** Runs each format's loader; a loader that throws is reported and the others go on. */
export async function loadAll(files: Map<InputFormat, string[]>, ctx: LoaderContext): Promise<LoadResult> {
  const out: LoadResult = { records: [], errors: [], stats: { files: {}, skipped: [] } };
  for (const [format, list] of files) {
    const loader = loaders[format];
    if (!loader) {
      for (const f of list)
        out.stats.skipped.push({ file: ctx.display(f), reason: `${format} is not supported yet` });
      continue;
    }
    try {
      const r = await loader(list, ctx);
      out.records.push(...r.records);
      out.errors.push(...r.errors);
      for (const [k, n] of Object.entries(r.stats.files)) out.stats.files[k] = (out.stats.files[k] ?? 0) + n;
      out.stats.skipped.push(...r.stats.skipped);
    } catch (e) {
      out.errors.push({ source: format, message: `loader failed: ${(e as Error).message}` });
    }
  }
  return out;
}
