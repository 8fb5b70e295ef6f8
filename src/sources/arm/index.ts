/**
 * The ARM loader: Azure Resource Manager templates, hand-written or compiled from Bicep
 * (`bicep build main.bicep` writes `main.json`; scan that). One RawRecord per deployed resource
 * instance, with the evaluated resource object as attributes; the ARM normalizers translate them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { LoadResult, ScanError } from "../../model/raw.ts";
import { isValueMap, Unknown, type Value } from "../../model/value.ts";
import { MAX_FILE_BYTES } from "../discover.ts";
import type { Loader, LoaderContext } from "../loader.ts";
import { parseJson, type LineSpan, type ParsedDoc } from "../kubernetes/parse.ts";
import { evaluateTemplate, type TemplateOutput } from "./template.ts";

const SOURCE = "arm";

export const loadArm: Loader = async (files: string[], ctx: LoaderContext): Promise<LoadResult> => {
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
    const params = parametersBeside(file, ctx, out.errors);
    const r = readArmTemplate(text, shown, params);
    if ("skipped" in r) {
      out.stats.skipped.push({ file: shown, reason: r.skipped });
      continue;
    }
    out.stats.files[SOURCE]!++;
    out.records.push(...r.records);
    out.errors.push(...r.errors);
  }
  return out;
};

/** Reads one template's text; `parameters` are values given for its parameters. */
export function readArmTemplate(
  text: string,
  file: string,
  parameters: Record<string, Value> = {},
): TemplateOutput | { skipped: string } {
  const parsed = parseJson(text.replace(/^\uFEFF/, ""), true);
  if (!parsed.ok)
    return { records: [], errors: [{ source: SOURCE, file, line: parsed.line, message: parsed.message }] };
  const doc = templateOf(parsed.docs[0]!);
  if (!doc) return { skipped: "no ARM deployment template $schema" };
  return evaluateTemplate(doc, file, parameters);
}

/**
 * The template itself, or the one inside a deployment request body (`{"properties": {"template":
 * …}}`, what `az deployment … --template-file` sends and what exports save), re-rooted so its
 * spans read as the template's own paths.
 */
function templateOf(doc: ParsedDoc): ParsedDoc | undefined {
  const isTemplate = (v: Value | undefined): boolean =>
    isValueMap(v) && typeof v["$schema"] === "string" && /deploymentTemplate\.json/i.test(v["$schema"]);
  const root = doc.value as Value;
  if (isTemplate(root)) return doc;
  const props = isValueMap(root) ? root["properties"] : undefined;
  const inner = isValueMap(props) ? props["template"] : undefined;
  if (!isTemplate(inner)) return undefined;
  const prefix = "properties.template";
  const spans = new Map<string, LineSpan>();
  for (const [path, span] of doc.spans) {
    if (path === prefix) spans.set("", span);
    else if (path.startsWith(`${prefix}.`)) spans.set(path.slice(prefix.length + 1), span);
  }
  return { value: inner as ParsedDoc["value"], spans };
}

/**
 * `main.parameters.json` beside `main.json` (the convention of the Azure CLI, azd and quickstart
 * templates): its values stand in for the defaults. Key Vault references stay unknown.
 */
function parametersBeside(file: string, ctx: LoaderContext, errors: ScanError[]): Record<string, Value> {
  const candidate = file.replace(/(\.deploy)?\.json$/i, ".parameters.json");
  if (candidate === file || !existsSync(candidate)) return {};
  const parsed = parseJson(readFileSync(candidate, "utf8").replace(/^\uFEFF/, ""), true);
  if (!parsed.ok) {
    errors.push({ source: SOURCE, file: ctx.display(candidate), line: parsed.line, message: parsed.message });
    return {};
  }
  const root = parsed.docs[0]!.value as Value;
  const list = isValueMap(root) ? root["parameters"] : undefined;
  const out: Record<string, Value> = {};
  if (isValueMap(list))
    for (const [k, v] of Object.entries(list)) {
      if (isValueMap(v) && "value" in v) out[k] = v["value"]!;
      else if (isValueMap(v) && "reference" in v) out[k] = new Unknown(`parameters('${k}') from Key Vault`);
    }
  return out;
}
