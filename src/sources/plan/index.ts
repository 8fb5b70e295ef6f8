/**
 * The Terraform plan loader: `terraform show -json` output, format versions 0.x and 1.x.
 *
 * Every planned resource instance becomes a RawRecord of format `terraform-plan` in the Terraform
 * loader's attribute shape, so the Terraform normalizers judge it unchanged. Resources the plan
 * deletes (or forgets) are not judged: they will not exist. Data sources read during the plan are
 * emitted as data records, for the normalizers that resolve policy documents from them.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { LoadResult, RawRecord, ScanError } from "../../model/raw.ts";
import { MAX_FILE_BYTES } from "../discover.ts";
import type { Loader, LoaderContext } from "../loader.ts";
import { PlanConfiguration } from "./expressions.ts";
import { elementLines, isJsonObject, parseJson, type JsonObject, type JsonValue } from "./json.ts";
import { hclLocations, type HclLocations } from "./locations.ts";
import { rebuildAttrs } from "./values.ts";

const SOURCE = "terraform-plan";

export const loadPlan: Loader = async (files: string[], ctx: LoaderContext): Promise<LoadResult> => {
  const out: LoadResult = { records: [], errors: [], stats: { files: { [SOURCE]: 0 }, skipped: [] } };
  const configs = new Map<string, Promise<HclLocations | undefined>>();
  const locationsFor = (planFile: string): Promise<HclLocations | undefined> => {
    const dir = ctx.plan?.tfDir ? resolve(ctx.cwd, ctx.plan.tfDir) : dirname(planFile);
    let p = configs.get(dir);
    if (!p) {
      p = hclLocations(dir, ctx);
      configs.set(dir, p);
    }
    return p;
  };
  const reportedConfigErrors = new Set<HclLocations>();
  for (const file of files) {
    const shown = ctx.display(file);
    let text: string;
    try {
      if (statSync(file).size > MAX_FILE_BYTES) {
        out.stats.skipped.push({ file: shown, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
        continue;
      }
      text = readFileSync(file, "utf8");
    } catch (e) {
      out.errors.push({ source: SOURCE, file: shown, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    out.stats.files[SOURCE]!++;
    const hcl = await locationsFor(file);
    if (hcl && !reportedConfigErrors.has(hcl)) {
      reportedConfigErrors.add(hcl);
      out.errors.push(...hcl.errors);
    }
    try {
      const r = readPlan(text, shown, hcl);
      out.records.push(...r.records);
      out.errors.push(...r.errors);
    } catch (e) {
      // A plan that breaks the reader (stack overflow, say) is this file's error, not the scan's.
      out.errors.push({
        source: SOURCE,
        file: shown,
        line: 1,
        message: `cannot read: ${(e as Error).message}`,
      });
    }
  }
  return out;
};

/** Reads one plan's text into records; `hcl` supplies `.tf` locations when the configuration is known. */
export function readPlan(
  text: string,
  file: string,
  hcl?: HclLocations,
): { records: RawRecord[]; errors: ScanError[] } {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return { records: [], errors: [{ source: SOURCE, file, line: parsed.line, message: parsed.message }] };
  const plan = parsed.value;
  if (!isJsonObject(plan) || typeof plan["format_version"] !== "string")
    return {
      records: [],
      errors: [{ source: SOURCE, file, line: 1, message: "not a Terraform plan: no format_version" }],
    };
  const version = plan["format_version"];
  if (!/^[01]\./.test(version))
    return {
      records: [],
      errors: [
        {
          source: SOURCE,
          file,
          line: 1,
          message: `unsupported plan format_version ${version} (0.x and 1.x are read)`,
        },
      ],
    };
  const config = new PlanConfiguration(plan["configuration"]);
  const records: RawRecord[] = [];
  const seen = new Set<string>();
  const changes = Array.isArray(plan["resource_changes"]) ? plan["resource_changes"] : [];
  const lines = elementLines(text, parsed.tree, "resource_changes");
  changes.forEach((rc, i) => {
    if (!isJsonObject(rc) || rc["deposed"] !== undefined) return; // a deposed object is being destroyed
    const change = isJsonObject(rc["change"]) ? rc["change"] : {};
    const actions = Array.isArray(change["actions"]) ? change["actions"] : [];
    if (actions.length > 0 && actions.every((a) => a === "delete" || a === "forget")) return;
    const line = lines[i] ?? { start: 1, end: 1 };
    const rec = makeRecord(rc, change["after"], change["after_unknown"], { file, line, config, hcl });
    if (rec && !seen.has(rec.address)) {
      seen.add(rec.address);
      records.push(rec);
    }
  });
  // Data sources read while planning (and resources of plans without resource_changes) live in the
  // state sections; they have no unknown values.
  const sections = [plan["prior_state"], ...(changes.length === 0 ? [plan["planned_values"]] : [])];
  for (const section of sections) {
    const values = isJsonObject(section) ? (section["values"] ?? section) : undefined;
    const root = isJsonObject(values) ? values["root_module"] : undefined;
    for (const r of moduleResources(root, 0)) {
      const wanted = changes.length === 0 || r["mode"] === "data";
      if (!wanted) continue;
      const rec = makeRecord(r, r["values"], undefined, { file, line: { start: 1, end: 1 }, config, hcl });
      if (rec && !seen.has(rec.address)) {
        seen.add(rec.address);
        records.push(rec);
      }
    }
  }
  return { records, errors: [] };
}

function* moduleResources(mod: JsonValue | undefined, depth: number): Generator<JsonObject> {
  if (!isJsonObject(mod) || depth > 32) return;
  for (const r of Array.isArray(mod["resources"]) ? mod["resources"] : []) if (isJsonObject(r)) yield r;
  for (const c of Array.isArray(mod["child_modules"]) ? mod["child_modules"] : [])
    yield* moduleResources(c, depth + 1);
}

interface RecordContext {
  file: string;
  line: { start: number; end: number };
  config: PlanConfiguration;
  hcl: HclLocations | undefined;
}

function makeRecord(
  r: JsonObject,
  after: JsonValue | undefined,
  afterUnknown: JsonValue | undefined,
  rc: RecordContext,
): RawRecord | undefined {
  const address = r["address"];
  const type = r["type"];
  const name = r["name"];
  if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") return undefined;
  const mode = r["mode"] === "data" ? "data" : "resource";
  const module = typeof r["module_address"] === "string" ? r["module_address"] : moduleOf(address);
  const local = module ? address.slice(module.length + 1) : address;
  const configured = rc.config.resource(module, local);
  const attrs = rebuildAttrs(after, afterUnknown, configured?.expressions, {
    address,
    module,
    configured: configured !== undefined,
  });
  const written = rc.hcl?.find(address);
  const record: RawRecord = {
    format: "terraform-plan",
    native_type: type,
    address,
    name,
    mode,
    root: rc.file,
    module,
    span: written?.span ?? { file: rc.file, start_line: rc.line.start, end_line: rc.line.end },
    attrs,
    attrSpans: written?.attrSpans ?? {},
    suppressions: written ? { ...written.suppressions } : {},
  };
  const providerKey = configured?.providerKey ?? type.split("_")[0]!;
  const facts = rc.config.providers.get(providerKey);
  if (facts && Object.keys(facts).length > 0) record.providerConfig = { ...facts };
  return record;
}

/** `module.a.module.b["k"].aws_x.y` → `module.a.module.b["k"]` (old plans have no module_address). */
function moduleOf(address: string): string {
  const m = /^((?:module\.[^.[]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.)*)/.exec(address);
  const prefix = m?.[1] ?? "";
  return prefix.endsWith(".") ? prefix.slice(0, -1) : prefix;
}
