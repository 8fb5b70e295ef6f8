/** Per-framework counts of control statuses, from the report's control results. */
import type { ControlResult, ScanReport } from "../engine/report-model.ts";
import { loadFrameworks } from "../frameworks/catalog.ts";

export type FrameworkSummary = { id: string; name: string; controls: ControlResult[] } & Record<
  ControlResult["status"],
  number
>;

export function frameworkSummaries(report: ScanReport): FrameworkSummary[] {
  if (!report.controls?.length) return [];
  const names = new Map(loadFrameworks().map((f) => [f.id, `${f.name} ${f.version}`.trim()]));
  const out = new Map<string, FrameworkSummary>();
  for (const c of report.controls) {
    let s = out.get(c.framework);
    if (!s) {
      s = {
        id: c.framework,
        name: names.get(c.framework) ?? c.framework,
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
