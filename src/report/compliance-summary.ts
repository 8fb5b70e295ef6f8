/** Per-framework counts of control statuses, from the report's control results. */
import type { ControlResult, ScanReport } from "../engine/report-model.ts";
import { loadFrameworks } from "../frameworks/catalog.ts";

export type FrameworkSummary = {
  id: string;
  name: string;
  /** The cloud the framework speaks about (CIS AWS); absent for cross-provider ones (SOC 2). */
  provider?: string;
  controls: ControlResult[];
} & Record<ControlResult["status"], number>;

export function frameworkSummaries(report: ScanReport): FrameworkSummary[] {
  if (!report.controls?.length) return [];
  const known = new Map(loadFrameworks().map((f) => [f.id, f]));
  const out = new Map<string, FrameworkSummary>();
  for (const c of report.controls) {
    let s = out.get(c.framework);
    if (!s) {
      const fw = known.get(c.framework);
      s = {
        id: c.framework,
        name: fw ? `${fw.name} ${fw.version}`.trim() : c.framework,
        ...(fw?.provider ? { provider: fw.provider } : {}),
        controls: [],
        pass: 0,
        fail: 0,
        unknown: 0,
        manual: 0,
        not_applicable: 0,
      };
      out.set(c.framework, s);
    }
    s.controls.push(c);
    s[c.status]++;
  }
  return [...out.values()];
}
