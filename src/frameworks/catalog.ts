/**
 * Compliance frameworks are data: one YAML file per framework and version under `frameworks/`,
 * listing its controls and the rules that judge each. Findings get their `{framework, control}`
 * pairs from the index built here, never from rule metadata.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parse } from "yaml";

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
  controls: Control[];
}

export const FRAMEWORKS_DIR = fileURLToPath(new URL("../../frameworks/", import.meta.url));

let cache: Framework[] | undefined;

export function loadFrameworks(dir = FRAMEWORKS_DIR): Framework[] {
  if (dir === FRAMEWORKS_DIR && cache) return cache;
  const out: Framework[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const doc = parse(readFileSync(join(dir, file), "utf8")) as Partial<Framework> | null;
    if (!doc || typeof doc.id !== "string" || !Array.isArray(doc.controls)) {
      throw new Error(`${join(dir, file)}: a framework needs an id and a controls list`);
    }
    out.push({
      id: doc.id,
      name: String(doc.name ?? doc.id),
      version: String(doc.version ?? ""),
      ...(doc.provider ? { provider: String(doc.provider) } : {}),
      controls: doc.controls.map((c) => ({
        id: String(c.id),
        title: String(c.title ?? ""),
        ...(c.section ? { section: String(c.section) } : {}),
        automated: c.automated !== false && (c.rules ?? []).length > 0,
        rules: (c.rules ?? []).map(String),
      })),
    });
  }
  if (dir === FRAMEWORKS_DIR) cache = out;
  return out;
}

/** rule id → the controls that list it. */
export function complianceIndex(
  frameworks: readonly Framework[],
): Map<string, { framework: string; control: string }[]> {
  const index = new Map<string, { framework: string; control: string }[]>();
  for (const fw of frameworks) {
    for (const c of fw.controls) {
      for (const rule of c.rules) {
        const list = index.get(rule) ?? [];
        list.push({ framework: fw.id, control: c.id });
        index.set(rule, list);
      }
    }
  }
  return index;
}
