/**
 * One self-contained HTML page for people who do not read JSON: an executive summary, a
 * severity chart, compliance per framework, what changed since the base, and every finding with
 * its fix code. Nothing is loaded from anywhere (inline CSS, JS and SVG), so it opens offline and
 * can be mailed as a file. Every string from a scanned input is escaped, and a Content-Security-
 * Policy admits only the page's own script and style by hash, so markup that slipped through
 * could still not run.
 */
import { createHash } from "node:crypto";
import { SEVERITIES, type Severity } from "../rules/rule.ts";
import type { Finding, ScanReport } from "../engine/report-model.ts";
import type { ReportWriter } from "./writer.ts";
import { escapeHtml as h } from "./escape.ts";
import { compareReports } from "./changes.ts";
import { frameworkSummaries } from "./compliance-summary.ts";
import { fixSnippets } from "./fix-code.ts";

const COLOR: Record<Severity, string> = {
  critical: "#8e1b6f",
  high: "#c62828",
  medium: "#e08a00",
  low: "#1f6fbf",
  info: "#6b7280",
};

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#1f2937;color:#fff;padding:16px 28px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#cbd5e1;font-size:12px;word-break:break-all}
main{max-width:1100px;margin:0 auto;padding:20px 28px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin-bottom:18px}
h2{font-size:16px;margin:0 0 12px}
.cards{display:flex;gap:14px;flex-wrap:wrap}.card{flex:1;min-width:130px;border:1px solid #d0d7de;border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:26px}.card span{color:#57606a;font-size:12px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
td.n,th.n{text-align:right}
.sev{display:inline-block;color:#fff;border-radius:4px;padding:0 6px;font-size:12px;text-transform:uppercase}
${SEVERITIES.map((s) => `.sev-${s}{background:${COLOR[s]}}`).join("")}
.muted{opacity:.6}.st-pass{color:#1a7f37}.st-fail{color:#c62828;font-weight:600}.st-unknown{color:#9a6700}
details.finding{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:6px 10px}
details.finding summary{cursor:pointer}
pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px;overflow:auto;font-size:12px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.filters{margin-bottom:10px}.filters input[type=search]{padding:4px 8px;width:260px}
.hidden{display:none}
`;

// Filters the findings list by text and severity; reads only the page's own data attributes.
const SCRIPT = `
(function(){
  var q=document.getElementById("q"),boxes=document.querySelectorAll("input[data-sev]");
  function apply(){
    var text=q.value.toLowerCase(),on={};
    boxes.forEach(function(b){on[b.getAttribute("data-sev")]=b.checked;});
    document.querySelectorAll("details.finding").forEach(function(d){
      var show=on[d.getAttribute("data-sev")]&&d.textContent.toLowerCase().indexOf(text)>=0;
      d.classList.toggle("hidden",!show);
    });
  }
  q.addEventListener("input",apply);boxes.forEach(function(b){b.addEventListener("change",apply);});
})();
`;

const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

export const writeHtml: ReportWriter = (report, ctx) => {
  const csp = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:`;
  const s = report.summary;
  const body = [
    `<header><h1>Parapet security report</h1><p>${h(report.scan.targets.join(", "))} · ` +
      `${h(report.scan.finished_at)} · Parapet ${h(report.scan.parapet_version)}</p></header>`,
    "<main>",
    summarySection(report),
    ctx.base ? changesSection(ctx.base, report) : "",
    complianceSection(report),
    findingsSection(report.findings),
    report.errors.length ? errorsSection(report) : "",
    "</main>",
  ];
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>Parapet report: ${s.findings} findings</title>`,
    `<style>${STYLE}</style></head><body>`,
    ...body,
    `<script>${SCRIPT}</script>`,
    "</body></html>",
    "",
  ].join("\n");
};

function summarySection(report: ScanReport): string {
  const s = report.summary;
  const score = s.posture_score === null ? "n/a" : `${s.posture_score}`;
  const cards = [
    [score, "posture score (of 100)"],
    [String(s.findings), "failing findings"],
    [String(s.by_severity.critical + s.by_severity.high), "critical and high"],
    [String(s.resources), "resources scanned"],
    [String(s.muted), "muted"],
    [String(s.errors), "errors"],
  ]
    .map(([v, label]) => `<div class="card"><b>${h(v!)}</b><span>${h(label!)}</span></div>`)
    .join("");
  return `<section><h2>Executive summary</h2><div class="cards">${cards}</div>
<h2>Findings by severity</h2>${severityChart(s.by_severity)}</section>`;
}

/** A horizontal bar chart as inline SVG: one bar per severity, scaled to the largest count. */
export function severityChart(counts: Record<Severity, number>): string {
  const max = Math.max(1, ...SEVERITIES.map((sev) => counts[sev]));
  const rowH = 26;
  const bars = SEVERITIES.map((sev, i) => {
    const w = Math.round((counts[sev] / max) * 360);
    const y = i * rowH;
    return (
      `<text x="0" y="${y + 17}" font-size="12">${sev}</text>` +
      `<rect x="80" y="${y + 4}" width="${w}" height="18" rx="3" fill="${COLOR[sev]}"/>` +
      `<text x="${86 + w}" y="${y + 17}" font-size="12">${counts[sev]}</text>`
    );
  }).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="findings by severity" ` +
    `width="500" height="${SEVERITIES.length * rowH}" viewBox="0 0 500 ${SEVERITIES.length * rowH}">${bars}</svg>`
  );
}

function changesSection(base: ScanReport, report: ScanReport): string {
  const c = compareReports(base, report);
  const list = (fs: Finding[]) =>
    fs.length
      ? `<ul>${fs
          .slice(0, 50)
          .map(
            (f) =>
              `<li>${badge(f.severity)} <span class="mono">${h(f.rule_id)}</span> ${h(f.address ?? f.resource.name)}</li>`,
          )
          .join("")}</ul>`
      : "";
  return `<section><h2>What changed since the base</h2>
<p><b>${c.added.length}</b> new, <b>${c.fixed.length}</b> fixed, ${c.unchanged} unchanged.</p>
${c.added.length ? `<h3>New</h3>${list(c.added)}` : ""}${c.fixed.length ? `<h3>Fixed</h3>${list(c.fixed)}` : ""}</section>`;
}

function complianceSection(report: ScanReport): string {
  const frameworks = frameworkSummaries(report);
  if (frameworks.length) {
    const rows = frameworks
      .map((f) => {
        const judged = f.pass + f.fail;
        const pct = judged ? Math.round((100 * f.pass) / judged) : null;
        return (
          `<tr><td>${h(f.name)}</td><td class="n">${pct === null ? "n/a" : `${pct}%`}</td><td class="n">${f.pass}</td>` +
          `<td class="n">${f.fail}</td><td class="n">${f.unknown}</td><td class="n">${f.not_applicable}</td>` +
          `<td class="n">${f.manual}</td></tr>`
        );
      })
      .join("");
    const details = frameworks
      .map(
        (f) =>
          `<details><summary>${h(f.name)}: controls</summary><table><tr><th>Control</th><th>Title</th><th>Status</th>` +
          `<th class="n">Passed</th><th class="n">Failed</th></tr>${f.controls
            .map(
              (c) =>
                `<tr><td class="mono">${h(c.control)}</td><td>${h(c.title)}</td><td class="st-${h(c.status)}">` +
                `${h(c.status.replace("_", " "))}</td><td class="n">${c.passed}</td><td class="n">${c.failed}</td></tr>`,
            )
            .join("")}</table></details>`,
      )
      .join("");
    return `<section><h2>Compliance per framework</h2><table><tr><th>Framework</th><th class="n">Controls passing</th>
<th class="n">Pass</th><th class="n">Fail</th><th class="n">Unknown</th><th class="n">Not applicable</th><th class="n">Manual</th></tr>
${rows}</table>${details}</section>`;
  }
  // No framework was selected: show which framework controls the failing findings touch.
  const touched = new Map<string, Set<string>>();
  for (const f of report.findings) {
    if (f.status !== "fail") continue;
    for (const c of f.compliance) {
      const set = touched.get(c.framework) ?? new Set<string>();
      set.add(c.control);
      touched.set(c.framework, set);
    }
  }
  if (touched.size === 0) return "";
  const rows = [...touched]
    .map(
      ([fw, controls]) =>
        `<tr><td>${h(fw)}</td><td class="n">${controls.size}</td><td class="mono">${h([...controls].sort().join(", "))}</td></tr>`,
    )
    .join("");
  return `<section><h2>Compliance per framework</h2><p>Controls with failing findings (select a framework with
<span class="mono">--framework</span> for a full control assessment).</p>
<table><tr><th>Framework</th><th class="n">Controls failing</th><th>Controls</th></tr>${rows}</table></section>`;
}

function findingsSection(findings: readonly Finding[]): string {
  const filters =
    `<div class="filters"><input id="q" type="search" placeholder="filter findings" aria-label="filter findings"> ` +
    SEVERITIES.map((s) => `<label><input type="checkbox" data-sev="${s}" checked> ${s}</label>`).join(" ") +
    "</div>";
  if (findings.length === 0) return `<section><h2>Findings</h2><p>No findings.</p></section>`;
  return `<section><h2>Findings (${findings.length})</h2>${filters}${findings.map(findingHtml).join("\n")}</section>`;
}

function findingHtml(f: Finding): string {
  const where = f.location
    ? `${f.location.file}:${f.location.start_line}${f.location.end_line !== f.location.start_line ? `-${f.location.end_line}` : ""}`
    : f.resource.uid;
  const tags = Object.entries(f.resource.tags)
    .map(([k, v]) => `${h(k)}=${h(v)}`)
    .join(", ");
  const fixes = fixSnippets(f.remediation.code)
    .map((s) => `<p>${h(s.label)}:</p><pre><code>${h(s.code)}</code></pre>`)
    .join("");
  const compliance = f.compliance.map((c) => `${c.framework} ${c.control}`).join(", ");
  return `<details class="finding${f.status === "muted" ? " muted" : ""}" data-sev="${f.severity}">
<summary>${badge(f.severity)} <b>${h(f.title)}</b> · <span class="mono">${h(f.address ?? f.resource.name)}</span>${f.status === "muted" ? " (muted)" : ""}</summary>
<table>
<tr><th>Rule</th><td class="mono">${h(f.rule_id)}</td></tr>
<tr><th>Resource</th><td class="mono">${h(f.resource.uid)} (${h(f.resource.native_type)})</td></tr>
<tr><th>Location</th><td class="mono">${h(where)}</td></tr>
<tr><th>Message</th><td>${h(f.message)}</td></tr>
${tags ? `<tr><th>Tags</th><td class="mono">${tags}</td></tr>` : ""}
${f.muted_reason ? `<tr><th>Muted because</th><td>${h(f.muted_reason)}</td></tr>` : ""}
${compliance ? `<tr><th>Compliance</th><td>${h(compliance)}</td></tr>` : ""}
<tr><th>Risk score</th><td>${f.risk.score}</td></tr>
</table>
<p><b>Fix:</b> ${h(f.remediation.text)}</p>${fixes}
</details>`;
}

function errorsSection(report: ScanReport): string {
  const items = report.errors
    .map(
      (e) =>
        `<li>${e.file ? `<span class="mono">${h(e.file)}${e.line ? `:${e.line}` : ""}</span>: ` : ""}${h(e.message)}</li>`,
    )
    .join("");
  return `<section><h2>Errors (${report.errors.length})</h2><ul>${items}</ul></section>`;
}

function badge(sev: Severity): string {
  return `<span class="sev sev-${sev}">${sev}</span>`;
}
