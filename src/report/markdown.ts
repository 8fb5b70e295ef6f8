/**
 * A summary sized for a pull-request comment: posture score, counts by severity, what changed
 * since the base report when one is given, compliance per framework when one was selected, and
 * the top findings. GitHub rejects comments over 65,536 characters, so rows stop at a budget.
 */
import { SEVERITIES } from "../rules/rule.ts";
import type { Finding } from "../engine/report-model.ts";
import type { ReportWriter } from "./writer.ts";
import { escapeMarkdown as md } from "./escape.ts";
import { compareReports } from "./changes.ts";
import { frameworkSummaries } from "./compliance-summary.ts";

export const MARKDOWN_LIMIT = 65_000;
const MAX_ROWS = 50;
const CELL = 160;

export const writeMarkdown: ReportWriter = (report, ctx) => {
  const s = report.summary;
  const head: string[] = [
    "## Parapet scan",
    "",
    `**Posture score:** ${s.posture_score === null ? "n/a" : `${s.posture_score}/100`} · ` +
      `**Findings:** ${s.findings}${s.muted ? ` (${s.muted} muted)` : ""} · ` +
      `**Resources:** ${s.resources} · **Errors:** ${s.errors}`,
    "",
  ];
  const changes = ctx.base ? compareReports(ctx.base, report) : undefined;
  head.push(
    "| Severity | Findings |" + (changes ? " Change |" : ""),
    "|---|---:|" + (changes ? "---:|" : ""),
  );
  for (const sev of SEVERITIES) {
    const now = s.by_severity[sev];
    const delta = ctx.base ? now - ctx.base.summary.by_severity[sev] : 0;
    head.push(`| ${sev} | ${now} |` + (changes ? ` ${delta > 0 ? `+${delta}` : delta} |` : ""));
  }
  head.push("");
  if (changes) {
    head.push(
      "### What changed since the base",
      "",
      `**${changes.added.length} new**, **${changes.fixed.length} fixed**, ${changes.unchanged} unchanged.`,
      "",
    );
    if (changes.added.length) head.push("New findings:", "", ...table(changes.added, 10), "");
    if (changes.fixed.length) head.push("Fixed findings:", "", ...table(changes.fixed, 10), "");
  }
  const frameworks = frameworkSummaries(report);
  if (frameworks.length) {
    head.push("### Compliance", "", "| Framework | Pass | Fail | Unknown | Not applicable | Manual |");
    head.push("|---|---:|---:|---:|---:|---:|");
    for (const f of frameworks) {
      head.push(
        `| ${md(f.name)} | ${f.pass} | ${f.fail} | ${f.unknown} | ${f.not_applicable} | ${f.manual} |`,
      );
    }
    head.push("");
  }
  const failing = report.findings.filter((f) => f.status === "fail");
  const tail: string[] = [];
  if (report.errors.length) {
    tail.push(`<details><summary>${report.errors.length} scan errors</summary>`, "");
    for (const e of report.errors.slice(0, 20)) {
      tail.push(`- ${e.file ? `${md(e.file)}${e.line ? `:${e.line}` : ""}: ` : ""}${md(clip(e.message))}`);
    }
    if (report.errors.length > 20) tail.push(`- … and ${report.errors.length - 20} more`);
    tail.push("", "</details>", "");
  }
  tail.push(`<sub>Parapet ${md(report.scan.parapet_version)} · scan ${md(report.scan.id)}</sub>`, "");
  if (failing.length === 0) return [...head, "No failing findings.", "", ...tail].join("\n");
  const fixed = head.join("\n").length + tail.join("\n").length + 200;
  const rows = table(failing, MAX_ROWS);
  const kept: string[] = [];
  let size = fixed;
  for (const row of rows) {
    if (size + row.length + 1 > MARKDOWN_LIMIT) break;
    kept.push(row);
    size += row.length + 1;
  }
  const shown = kept.length - 2;
  const more =
    failing.length > shown ? [`… and ${failing.length - shown} more findings in the full report.`, ""] : [];
  return [...head, "### Top findings", "", ...kept, "", ...more, ...tail].join("\n");
};

function table(findings: readonly Finding[], max: number): string[] {
  const rows = ["| Severity | Rule | Resource | Location | Message |", "|---|---|---|---|---|"];
  for (const f of findings.slice(0, max)) {
    const where = f.location ? `${f.location.file}:${f.location.start_line}` : f.resource.uid;
    rows.push(
      `| ${f.severity} | ${md(f.rule_id)} | ${md(clip(f.address ?? f.resource.name))} | ${md(clip(where))} | ${md(clip(f.message))} |`,
    );
  }
  return rows;
}

function clip(s: string): string {
  return s.length > CELL ? s.slice(0, CELL - 1) + "…" : s;
}
