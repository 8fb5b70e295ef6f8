/** The terminal report: findings grouped by severity with file:line, resource and a one-line fix. */
import { SEVERITIES } from "../rules/rule.ts";
import type { Finding, ScanReport } from "../engine/report-model.ts";
import type { ReportWriter, WriterContext } from "./writer.ts";
import { inert, paint } from "./text.ts";
import { frameworkSummaries, type FrameworkSummary } from "./compliance-summary.ts";

export const writeTable: ReportWriter = (report, ctx) => {
  const c = paint(ctx.color);
  const sevColor = { critical: c.magenta, high: c.red, medium: c.yellow, low: c.blue, info: c.gray } as const;
  const lines: string[] = [];
  for (const sev of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === sev && f.status === "fail");
    if (group.length === 0) continue;
    lines.push(sevColor[sev](c.bold(`${sev.toUpperCase()} (${group.length})`)));
    for (const f of group) lines.push(...findingLines(f, c));
    lines.push("");
  }
  const muted = report.findings.filter((f) => f.status === "muted");
  if (muted.length > 0) {
    lines.push(c.gray(c.bold(`MUTED (${muted.length})`)));
    for (const f of muted) {
      lines.push(
        c.gray(
          `  ${where(f)}  ${inert(f.rule_id)}  ${inert(f.resource.name, 60)} — ${inert(f.muted_reason ?? "", 120)}`,
        ),
      );
    }
    lines.push("");
  }
  if (report.errors.length > 0) {
    lines.push(c.red(c.bold(`ERRORS (${report.errors.length})`)));
    for (const e of report.errors) {
      const at = e.file ? `${inert(e.file)}${e.line ? `:${e.line}` : ""}  ` : "";
      lines.push(`  ${at}${inert(e.message, 300)}`);
    }
    lines.push("");
  }
  if (report.controls?.length) lines.push(...controlLines(report, ctx, c));
  const s = report.summary;
  const files = Object.entries(s.files)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  lines.push(c.bold("Summary"));
  lines.push(
    `  files read       ${files || "none"}${s.skipped_files ? ` (${s.skipped_files} skipped)` : ""}`,
  );
  lines.push(`  resources        ${s.resources}`);
  lines.push(
    `  findings         ${s.findings}  ` +
      SEVERITIES.map((sev) => sevColor[sev](`${sev} ${s.by_severity[sev]}`)).join("  ") +
      (s.muted ? c.gray(`  (${s.muted} muted)`) : ""),
  );
  if (s.unknown_checks)
    lines.push(`  unknown checks   ${s.unknown_checks} (inputs not known statically or not readable)`);
  lines.push(`  errors           ${s.errors}`);
  lines.push(`  posture score    ${s.posture_score === null ? "n/a" : `${s.posture_score}/100`}`);
  return lines.join("\n") + "\n";
};

function where(f: Finding): string {
  if (f.location) return `${inert(f.location.file)}:${f.location.start_line}`;
  return inert(f.resource.uid);
}

function findingLines(f: Finding, c: ReturnType<typeof paint>): string[] {
  const resource = f.address ?? f.resource.name;
  const out = [
    `  ${c.bold(where(f))}  ${c.cyan(inert(f.rule_id))}`,
    `    ${inert(resource, 120)} (${inert(f.resource.native_type)}): ${inert(f.message, 300)}`,
  ];
  const fix = firstSentence(f.remediation.text);
  if (fix) out.push(c.green(`    fix: ${inert(fix, 200)}`));
  return out;
}

/**
 * Per-control results of the selected frameworks: failing and unknown controls first, then the
 * rest. Manual controls are one count per framework (the JSON lists them), and a framework of a
 * provider the scan found no resource of (CIS GCP on AWS Terraform) is left out: it judged nothing.
 */
function controlLines(report: ScanReport, ctx: WriterContext, c: ReturnType<typeof paint>): string[] {
  const out: string[] = [];
  const mark = {
    fail: c.red("FAIL".padEnd(7)),
    unknown: c.yellow("UNKNOWN"),
    pass: c.green("PASS".padEnd(7)),
    not_applicable: c.gray("N/A".padEnd(7)),
  } as const;
  const order = ["fail", "unknown", "pass", "not_applicable"] as const;
  const present = scannedProviders(report, ctx);
  const omitted: string[] = [];
  for (const fw of frameworkSummaries(report)) {
    if (fw.provider !== undefined && !present(fw)) {
      omitted.push(fw.name);
      continue;
    }
    out.push(
      c.bold(`COMPLIANCE ${inert(fw.name)}`) +
        `  ${fw.pass} pass, ${fw.fail} fail, ${fw.unknown} unknown, ${fw.not_applicable} n/a, ${fw.manual} manual`,
    );
    const automated = fw.controls.filter((x) => x.automated);
    const width = Math.max(0, ...automated.map((x) => x.control.length));
    for (const status of order) {
      for (const ctl of automated.filter((x) => x.status === status)) {
        out.push(
          `  ${mark[status]}  ${inert(ctl.control).padEnd(width)}  ${inert(ctl.title, 90)}  (${ctl.passed} passed, ${ctl.failed} failed)`,
        );
      }
    }
    if (fw.manual > 0)
      out.push(
        c.gray(
          `  ${"MANUAL".padEnd(7)}  ${fw.manual} controls need a manual review (listed in the JSON report)`,
        ),
      );
    out.push("");
  }
  if (omitted.length > 0) {
    out.push(
      c.gray(
        `Not shown, no resources of their provider in this scan: ${omitted.map((n) => inert(n)).join(", ")}`,
      ),
    );
    out.push("");
  }
  return out;
}

/**
 * Whether the scan held resources of a framework's provider: from the evaluations when the report
 * was just scanned, else (a report read back) whether any of its automated controls judged a resource.
 */
function scannedProviders(report: ScanReport, ctx: WriterContext): (fw: FrameworkSummary) => boolean {
  if (ctx.results) {
    const providers = new Set<string>(ctx.results.map((r) => r.resource.provider));
    for (const f of report.findings) providers.add(f.resource.provider);
    return (fw) => fw.provider !== undefined && providers.has(fw.provider);
  }
  return (fw) => fw.pass + fw.fail + fw.unknown > 0;
}

/** The one-line fix: the remediation's first sentence (the full text is in the JSON, SARIF and HTML). */
function firstSentence(text: string): string {
  const line = text.split("\n")[0] ?? "";
  const end = line.search(/\.(\s|$)/);
  return end < 0 ? line : line.slice(0, end + 1);
}
