/**
 * The report a gated scan hands to its writers: policy problems among the errors, the custom
 * rules' own compliance mappings on their findings, ignored severities dropped, and in diff mode
 * only the findings the change introduces.
 */
import type { ScanReport } from "../engine/report-model.ts";
import type { PreparedGate } from "./prepare.ts";
import { dropIgnored, introducedSince } from "./gate.ts";

export interface Finalized {
  /** What the gate judges and most formats show. */
  report: ScanReport;
  /** Every finding (ignored ones dropped): for Markdown, which shows what changed since the base itself. */
  full: ScanReport;
}

export function finalizeReport(report: ScanReport, gate: PreparedGate, baseline?: ScanReport): Finalized {
  for (const d of gate.diagnostics) report.errors.push({ source: "policy", message: d });
  report.summary.errors = report.errors.length;
  const mapped = new Map(
    gate.custom.map((r) => [
      r.id,
      (r.spec.frameworks ?? []).map((f) => {
        if (typeof f !== "string") return f;
        const at = f.indexOf(":");
        return { framework: f.slice(0, at), control: f.slice(at + 1) };
      }),
    ]),
  );
  for (const f of report.findings) {
    const extra = mapped.get(f.rule_id);
    if (extra?.length) f.compliance = [...f.compliance, ...extra];
  }
  const full = dropIgnored(report, gate.ignore);
  return { full, report: baseline ? introducedSince(full, baseline) : full };
}
