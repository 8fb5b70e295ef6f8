/** Scan options that shape reports: `--framework` and `--base-report`. */
import { readFileSync } from "node:fs";
import type { ScanReport } from "../engine/report-model.ts";
import { loadFrameworks, type Framework } from "../frameworks/catalog.ts";
import type { Rule } from "../rules/rule.ts";
import { UsageError } from "./args.ts";

/** The selected frameworks and the rules that judge their controls (all rules when none is selected). */
export function selectFrameworks(
  ids: readonly string[],
  rules: Rule[],
): { frameworks: Framework[]; rules: Rule[] } {
  if (ids.length === 0) return { frameworks: [], rules };
  const all = loadFrameworks();
  const frameworks = [...new Set(ids)].map((id) => {
    const fw = all.find((f) => f.id === id);
    if (!fw)
      throw new UsageError(
        `--framework: unknown framework "${id}" (expected ${all.map((f) => f.id).join(", ")})`,
      );
    return fw;
  });
  const wanted = new Set(frameworks.flatMap((f) => f.controls.flatMap((c) => c.rules)));
  return { frameworks, rules: rules.filter((r) => wanted.has(r.id)) };
}

/** A JSON report of an earlier scan, for "what changed since the base". */
export function readBaseReport(file: string): ScanReport {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`--base-report: cannot read ${file}: ${(e as Error).message}`);
  }
  const r = doc as Partial<ScanReport> | null;
  if (
    !r ||
    r.version !== 1 ||
    !Array.isArray(r.findings) ||
    typeof r.summary !== "object" ||
    r.summary === null
  ) {
    throw new UsageError(`--base-report: ${file} is not a Parapet JSON report (version 1)`);
  }
  return r as ScanReport;
}
