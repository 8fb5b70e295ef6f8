/**
 * The deploy gate's verdict on a report: which unmuted findings block the run, which are only
 * warnings, and the report without the findings the config ignores. Diff mode (a baseline
 * report) judges only the findings the change introduces.
 */
import { readFileSync } from "node:fs";
import type { Finding, ScanReport } from "../engine/report-model.ts";
import { SEVERITIES, type Severity } from "../rules/rule.ts";
import { ConfigError } from "./load.ts";

const rank = (s: Severity) => SEVERITIES.indexOf(s);

export interface GateVerdict {
  blocking: Finding[];
  warnings: Finding[];
}

export function judge(report: ScanReport, block: Severity | "none", warn: Severity | undefined): GateVerdict {
  const open = report.findings.filter((f) => f.status === "fail");
  const blocks = (f: Finding) => block !== "none" && rank(f.severity) <= rank(block);
  return {
    blocking: open.filter(blocks),
    warnings: warn === undefined ? [] : open.filter((f) => !blocks(f) && rank(f.severity) <= rank(warn)),
  };
}

/** The report without findings at or below `ignore`, its summary counted again. */
export function dropIgnored(report: ScanReport, ignore: Severity | undefined): ScanReport {
  if (ignore === undefined) return report;
  return withFindings(
    report,
    report.findings.filter((f) => rank(f.severity) < rank(ignore)),
  );
}

/** The report with only the findings whose id the baseline does not hold as failing. */
export function introducedSince(report: ScanReport, baseline: ScanReport): ScanReport {
  const before = new Set(baseline.findings.filter((f) => f.status === "fail").map((f) => f.id));
  return withFindings(
    report,
    report.findings.filter((f) => !before.has(f.id)),
  );
}

/** Findings failing in the baseline and absent now: fixed by the change. */
export function resolvedSince(report: ScanReport, baseline: ScanReport): Finding[] {
  const now = new Set(report.findings.filter((f) => f.status === "fail").map((f) => f.id));
  return baseline.findings.filter((f) => f.status === "fail" && !now.has(f.id));
}

function withFindings(report: ScanReport, findings: Finding[]): ScanReport {
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let muted = 0;
  for (const f of findings) {
    if (f.status === "muted") muted++;
    else by_severity[f.severity]++;
  }
  return {
    ...report,
    findings,
    summary: { ...report.summary, by_severity, muted, findings: findings.length - muted },
  };
}

/** A previous `--format json` result, for `--baseline`. */
export function readBaseline(file: string): ScanReport {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`--baseline: cannot read ${file}: ${(e as Error).message}`);
  }
  const r = doc as Partial<ScanReport> | null;
  if (!r || r.version !== 1 || !Array.isArray(r.findings) || typeof r.summary !== "object") {
    throw new ConfigError(`--baseline: ${file} is not a Parapet JSON result (version 1)`);
  }
  return r as ScanReport;
}

/**
 * What the gate prints on stderr: the blocking findings first, each with where to fix it. When
 * the findings were just printed as a table (`brief`), only the counts: the list is right above.
 */
export function formatVerdict(
  v: GateVerdict,
  block: Severity | "none",
  inert: (s: string) => string,
  brief = false,
): string {
  const line = (f: Finding) => {
    const where = f.location ? `${f.location.file}:${f.location.start_line}` : f.resource.uid;
    return `  ${f.severity.toUpperCase()} ${inert(f.rule_id)} ${inert(where)} ${inert(f.address ?? f.resource.name)}: ${inert(f.message)}\n`;
  };
  let out = "";
  const list = (fs: Finding[]): string => (brief ? "" : fs.map(line).join(""));
  const colon = brief ? " (listed above)" : ":";
  if (v.warnings.length > 0) {
    out += `parapet gate: ${v.warnings.length} warning${v.warnings.length === 1 ? "" : "s"} (not blocking)${colon}\n`;
    out += list(v.warnings);
  }
  if (v.blocking.length > 0) {
    out += `parapet gate: BLOCKED by ${v.blocking.length} finding${v.blocking.length === 1 ? "" : "s"} at or above ${block}${colon}\n`;
    out += list(v.blocking);
  } else {
    out += `parapet gate: passed${block === "none" ? "" : ` (nothing at or above ${block})`}\n`;
  }
  return out;
}
