/**
 * The CloudFormation loader: YAML and JSON templates (SAM included) → one RawRecord per resource
 * that exists under the template's conditions, with its evaluated `Properties` as attributes
 * and the line span of each property. Records keep CloudFormation's own property names; the
 * CloudFormation normalizers translate them.
 */
import { readFileSync, statSync } from "node:fs";
import type { LoadResult, RawRecord, ScanError } from "../../model/raw.ts";
import type { Span } from "../../model/resource.ts";
import { isValueMap, type ValueMap } from "../../model/value.ts";
import { MAX_FILE_BYTES } from "../discover.ts";
import type { Loader, LoaderContext } from "../loader.ts";
import { asRecord, TemplateContext } from "./intrinsics.ts";
import { parseTemplate, type ParsedTemplate, type Tpl } from "./parse.ts";

const SOURCE = "cloudformation";
const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

export const loadCloudFormation: Loader = async (
  files: string[],
  ctx: LoaderContext,
): Promise<LoadResult> => {
  const out: LoadResult = { records: [], errors: [], stats: { files: { [SOURCE]: 0 }, skipped: [] } };
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
    let r: TemplateResult;
    try {
      r = readTemplate(text, shown, ctx.cloudformation.parameters);
    } catch (e) {
      // A template that breaks the reader (stack overflow, say) is this file's error, not the scan's.
      out.stats.files[SOURCE]!++;
      out.errors.push({
        source: SOURCE,
        file: shown,
        line: 1,
        message: `cannot read: ${(e as Error).message}`,
      });
      continue;
    }
    if (r.skipped) {
      out.stats.skipped.push({ file: shown, reason: r.skipped });
      continue;
    }
    out.stats.files[SOURCE]!++;
    out.records.push(...r.records);
    out.errors.push(...r.errors);
  }
  return out;
};

export interface TemplateResult {
  records: RawRecord[];
  errors: ScanError[];
  /** Why the file is not read as a template, when it is not one after all. */
  skipped?: string;
}

/** Reads one template's text into records. */
export function readTemplate(text: string, file: string, parameters: Record<string, string>): TemplateResult {
  const parsed = parseTemplate(text, /^\s*\{/.test(text));
  if (!parsed.ok)
    return { records: [], errors: [{ source: SOURCE, file, line: parsed.line, message: parsed.message }] };
  const { value, spans } = parsed.template;
  const tpl = asRecord(value);
  const resources = asRecord(tpl["Resources"]);
  if (Object.keys(resources).length === 0)
    return { records: [], errors: [], skipped: "no Resources section: not a CloudFormation template" };
  const errors: ScanError[] = [];
  const ids = new Set(Object.keys(resources));
  const ctx = new TemplateContext(tpl, parameters, ids);
  const sam = transforms(tpl["Transform"]).includes(SAM_TRANSFORM);
  const globals = sam ? asRecord(tpl["Globals"]) : {};
  const region = ctx.region();
  const records: RawRecord[] = [];
  for (const [id, def] of Object.entries(resources)) {
    const base = `Resources.${id}`;
    const where = spans.get(base) ?? { start: 1, end: 1 };
    const res = asRecord(def);
    const type = res["Type"];
    if (typeof type !== "string") {
      errors.push({ source: SOURCE, file, line: where.start, message: `resource ${id} has no Type` });
      continue;
    }
    const cond = res["Condition"];
    if (typeof cond === "string" && ctx.condition(cond) === false) continue; // not created
    let props: Tpl = res["Properties"] ?? {};
    const global = sam ? globalsFor(type, globals) : undefined;
    if (global) props = merge(global, props);
    const evaluated = ctx.value(props);
    const attrs: ValueMap = isValueMap(evaluated) ? evaluated : {};
    const record: RawRecord = {
      format: "cloudformation",
      native_type: type,
      address: id,
      name: id,
      mode: "resource",
      root: file,
      module: "",
      span: { file, start_line: where.start, end_line: where.end },
      attrs,
      attrSpans: propertySpans(parsed.template, `${base}.Properties.`, file),
      suppressions: suppressions(res["Metadata"]),
    };
    if (region) record.providerConfig = { region };
    records.push(record);
  }
  for (const p of new Set(ctx.problems)) errors.push({ source: SOURCE, file, line: 1, message: p });
  return { records, errors };
}

function transforms(t: Tpl | undefined): string[] {
  if (typeof t === "string") return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : [];
}

/** SAM's `Globals` section: `Function` for functions, `Api` for APIs, `SimpleTable` for tables. */
function globalsFor(type: string, globals: Record<string, Tpl>): Tpl | undefined {
  const section = {
    "AWS::Serverless::Function": "Function",
    "AWS::Serverless::Api": "Api",
    "AWS::Serverless::HttpApi": "HttpApi",
    "AWS::Serverless::SimpleTable": "SimpleTable",
  }[type];
  return section ? globals[section] : undefined;
}

/** Globals under a resource's own properties: maps merge, the resource's values win. */
function merge(base: Tpl, own: Tpl): Tpl {
  const a = asRecord(base);
  const b = asRecord(own);
  if (own === null || typeof own !== "object" || Array.isArray(own)) return own ?? base;
  const out: Record<string, Tpl> = { ...a };
  for (const [k, v] of Object.entries(b))
    out[k] = k in a && isPlain(a[k]) && isPlain(v) ? merge(a[k]!, v) : v;
  return out;
}

function isPlain(t: Tpl | undefined): boolean {
  if (t === null || typeof t !== "object" || Array.isArray(t)) return false;
  const keys = Object.keys(t);
  return !(keys.length === 1 && (keys[0] === "Ref" || keys[0]!.startsWith("Fn::")));
}

function propertySpans(t: ParsedTemplate, prefix: string, file: string): Record<string, Span> {
  const out: Record<string, Span> = {};
  for (const [path, s] of t.spans) {
    if (path.startsWith(prefix))
      out[path.slice(prefix.length)] = { file, start_line: s.start, end_line: s.end };
  }
  return out;
}

/**
 * Inline suppressions: `Metadata: {parapet: {ignore: [rule-id, {id: rule-id, reason: "…"}]}}`.
 */
function suppressions(metadata: Tpl | undefined): Record<string, string> {
  const list = asRecord(asRecord(metadata)["parapet"])["ignore"];
  const out: Record<string, string> = {};
  for (const item of Array.isArray(list) ? list : []) {
    if (typeof item === "string") out[item] = "";
    else {
      const r = asRecord(item);
      if (typeof r["id"] === "string") out[r["id"]] = typeof r["reason"] === "string" ? r["reason"] : "";
    }
  }
  return out;
}
