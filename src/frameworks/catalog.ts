/**
 * Compliance frameworks are data: one YAML file per framework and version under `frameworks/`,
 * listing its controls and the rules that judge each. Findings get their `{framework, control}`
 * pairs from the index built here, never from rule metadata.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { LineCounter, isMap, isSeq, parseDocument } from "yaml";

export interface Control {
  id: string;
  title: string;
  section?: string;
  /** False for controls no automated check can judge: listed as manual, never dropped. */
  automated: boolean;
  rules: string[];
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  provider?: string;
  /** Where the framework's text is published. */
  source?: string;
  controls: Control[];
}

export const FRAMEWORKS_DIR = fileURLToPath(new URL("../../frameworks/", import.meta.url));

let cache: Framework[] | undefined;

/** A framework file that is not the data this module expects: names the file and line. */
export class FrameworkFileError extends Error {}

export function loadFrameworks(dir = FRAMEWORKS_DIR): Framework[] {
  if (dir === FRAMEWORKS_DIR && cache) return cache;
  const out: Framework[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    out.push(parseFramework(join(dir, file), readFileSync(join(dir, file), "utf8")));
  }
  const seen = new Set<string>();
  for (const fw of out) {
    if (seen.has(fw.id)) throw new FrameworkFileError(`${dir}: two framework files declare the id ${fw.id}`);
    seen.add(fw.id);
  }
  if (dir === FRAMEWORKS_DIR) cache = out;
  return out;
}

/** One framework file: YAML syntax errors and malformed controls are reported at their line. */
export function parseFramework(path: string, text: string): Framework {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const at = (offset: number | undefined) =>
    `${path}:${offset === undefined ? 1 : lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new FrameworkFileError(`${at(e.pos[0])}: ${e.message.split("\n")[0]}`);
  }
  const root = doc.contents;
  const controls = isMap(root) ? root.get("controls", true) : undefined;
  const id = isMap(root) ? root.get("id") : undefined;
  if (!isMap(root) || typeof id !== "string" || !isSeq(controls)) {
    throw new FrameworkFileError(`${at(root?.range?.[0])}: a framework needs an id and a controls list`);
  }
  const ids = new Set<string>();
  const list: Control[] = controls.items.map((item) => {
    const where = at((item as { range?: [number] }).range?.[0]);
    if (!isMap(item)) throw new FrameworkFileError(`${where}: a control must be a mapping with id and title`);
    const c = item.toJSON() as Record<string, unknown>;
    if (c.id === undefined || c.id === null || String(c.id) === "") {
      throw new FrameworkFileError(`${where}: a control needs an id`);
    }
    const cid = String(c.id);
    if (ids.has(cid)) throw new FrameworkFileError(`${where}: control ${cid} is listed twice`);
    ids.add(cid);
    if (c.rules !== undefined && !Array.isArray(c.rules)) {
      throw new FrameworkFileError(`${where}: rules of control ${cid} must be a list of rule ids`);
    }
    const rules = ((c.rules as unknown[] | undefined) ?? []).map(String);
    return {
      id: cid,
      title: String(c.title ?? ""),
      ...(c.section ? { section: String(c.section) } : {}),
      automated: c.automated !== false && rules.length > 0,
      rules,
    };
  });
  const doc0 = root.toJSON() as Record<string, unknown>;
  return {
    id,
    name: String(doc0.name ?? id),
    version: String(doc0.version ?? ""),
    ...(doc0.provider ? { provider: String(doc0.provider) } : {}),
    ...(doc0.source ? { source: String(doc0.source) } : {}),
    controls: list,
  };
}

/** One control that lists a rule; `provider` is the framework's, when it has one. */
export interface ComplianceRef {
  framework: string;
  control: string;
  provider?: string;
}

/** rule id → the controls that list it. */
export function complianceIndex(frameworks: readonly Framework[]): Map<string, ComplianceRef[]> {
  const index = new Map<string, ComplianceRef[]>();
  for (const fw of frameworks) {
    for (const c of fw.controls) {
      for (const rule of c.rules) {
        const list = index.get(rule) ?? [];
        list.push({ framework: fw.id, control: c.id, ...(fw.provider ? { provider: fw.provider } : {}) });
        index.set(rule, list);
      }
    }
  }
  return index;
}

/**
 * Whether a framework speaks about a resource of this provider. A cloud's CIS benchmark maps the
 * cross-cloud rules too, yet says nothing about another cloud's resources; frameworks without a
 * provider (SOC 2, PCI DSS, HIPAA, NIST) apply to every resource.
 */
export function appliesTo(framework: { provider?: string }, provider: string): boolean {
  return framework.provider === undefined || framework.provider === provider;
}

/** The `{framework, control}` pairs a finding of `ruleId` on a resource of `provider` carries. */
export function complianceFor(
  index: ReadonlyMap<string, readonly ComplianceRef[]>,
  ruleId: string,
  provider: string,
): { framework: string; control: string }[] {
  return (index.get(ruleId) ?? [])
    .filter((ref) => appliesTo(ref, provider))
    .map(({ framework, control }) => ({ framework, control }));
}
