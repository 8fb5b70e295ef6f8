/** What changed between a base report and this one, by stable finding id (rule + resource). */
import type { Finding, ScanReport } from "../engine/report-model.ts";

export interface Changes {
  /** Failing now, not failing in the base. */
  added: Finding[];
  /** Failing in the base, not failing now. */
  fixed: Finding[];
  unchanged: number;
}

export function compareReports(base: ScanReport, current: ScanReport): Changes {
  const failing = (r: ScanReport) => r.findings.filter((f) => f.status === "fail");
  const before = new Map(failing(base).map((f) => [f.id, f]));
  const now = new Map(failing(current).map((f) => [f.id, f]));
  return {
    added: [...now.values()].filter((f) => !before.has(f.id)),
    fixed: [...before.values()].filter((f) => !now.has(f.id)),
    unchanged: [...now.keys()].filter((id) => before.has(id)).length,
  };
}
