/**
 * JUnit XML for CI test-report views: one test suite per rule, one test case per (rule,
 * resource) evaluation. Passes are test cases too, so the report is compliance evidence and not
 * only a list of failures; unknown inputs and muted findings are skipped (never failed), rule
 * errors are errors. Without evaluation results (a report read back from JSON) the failing and
 * muted findings are the only cases there are.
 */
import type { RuleResult } from "../engine/evaluate.ts";
import { locate } from "../engine/findings.ts";
import type { Finding, ScanReport } from "../engine/report-model.ts";
import type { ReportWriter } from "./writer.ts";
import { escapeXml } from "./escape.ts";

interface Case {
  name: string;
  classname: string;
  outcome:
    | { kind: "pass" }
    | { kind: "fail"; message: string; type: string; detail: string }
    | { kind: "error"; message: string }
    | { kind: "skipped"; reason: string };
}

interface Suite {
  name: string;
  properties: [string, string][];
  cases: Case[];
}

export const writeJunit: ReportWriter = (report, ctx) => {
  const suites = ctx.results ? suitesFromResults(report, ctx.results) : suitesFromFindings(report.findings);
  const count = (s: Suite[], kind: Case["outcome"]["kind"]) =>
    s.reduce((n, x) => n + x.cases.filter((c) => c.outcome.kind === kind).length, 0);
  const seconds = Math.max(
    0,
    (Date.parse(report.scan.finished_at) - Date.parse(report.scan.started_at)) / 1000,
  );
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="parapet" tests="${suites.reduce((n, s) => n + s.cases.length, 0)}" ` +
      `failures="${count(suites, "fail")}" errors="${count(suites, "error")}" time="${seconds.toFixed(3)}">`,
  );
  for (const s of suites) {
    out.push(
      `  <testsuite name="${attr(s.name)}" tests="${s.cases.length}" failures="${count([s], "fail")}" ` +
        `errors="${count([s], "error")}" skipped="${count([s], "skipped")}" time="0" ` +
        `timestamp="${attr(report.scan.started_at.replace(/\.\d+Z$|Z$/, ""))}">`,
    );
    if (s.properties.length > 0) {
      out.push("    <properties>");
      for (const [k, v] of s.properties) out.push(`      <property name="${attr(k)}" value="${attr(v)}"/>`);
      out.push("    </properties>");
    }
    for (const c of s.cases) out.push(...caseXml(c));
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
};

function caseXml(c: Case): string[] {
  const open = `    <testcase name="${attr(c.name)}" classname="${attr(c.classname)}" time="0"`;
  const o = c.outcome;
  switch (o.kind) {
    case "pass":
      return [`${open}/>`];
    case "fail":
      return [
        `${open}>`,
        `      <failure message="${attr(o.message)}" type="${attr(o.type)}">${text(o.detail)}</failure>`,
        "    </testcase>",
      ];
    case "error":
      return [
        `${open}>`,
        `      <error message="${attr(o.message)}">${text(o.message)}</error>`,
        "    </testcase>",
      ];
    case "skipped":
      return [`${open}>`, `      <skipped>${text(o.reason)}</skipped>`, "    </testcase>"];
  }
}

function suitesFromResults(report: ScanReport, results: readonly RuleResult[]): Suite[] {
  const findings = new Map(report.findings.map((f) => [`${f.rule_id}\u0000${f.resource.uid}`, f]));
  const suites = new Map<string, Suite>();
  for (const r of results) {
    // A rule that does not apply to a resource judged nothing: not a test case.
    if (r.status === "skip" && !r.unknown) continue;
    const finding = findings.get(`${r.rule.id}\u0000${r.resource.uid}`);
    // A failure filtered out of the report (--severity) is left out of the test report too.
    if (r.status === "fail" && !finding) continue;
    let suite = suites.get(r.rule.id);
    if (!suite) {
      suite = {
        name: r.rule.id,
        properties: [
          ["title", r.rule.title],
          ["severity", r.rule.severity],
          ["category", r.rule.category],
        ],
        cases: [],
      };
      suites.set(r.rule.id, suite);
    }
    const where = locate(r.resource, r.failures?.[0]?.path);
    const name = `${r.resource.source.address ?? r.resource.uid}${where ? ` (${where.file}:${where.start_line})` : ""}`;
    const classname = r.rule.id;
    if (finding) suite.cases.push(findingCase(finding, name));
    else if (r.status === "pass") suite.cases.push({ name, classname, outcome: { kind: "pass" } });
    else if (r.status === "error")
      suite.cases.push({ name, classname, outcome: { kind: "error", message: r.reason ?? "rule error" } });
    else
      suite.cases.push({
        name,
        classname,
        outcome: { kind: "skipped", reason: `unknown: ${r.reason ?? ""}` },
      });
  }
  return [...suites.values()];
}

function suitesFromFindings(findings: readonly Finding[]): Suite[] {
  const suites = new Map<string, Suite>();
  for (const f of findings) {
    let suite = suites.get(f.rule_id);
    if (!suite) {
      suite = {
        name: f.rule_id,
        properties: [
          ["title", f.title],
          ["severity", f.severity],
          ["category", f.category],
        ],
        cases: [],
      };
      suites.set(f.rule_id, suite);
    }
    const where = f.location ? ` (${f.location.file}:${f.location.start_line})` : "";
    suite.cases.push(findingCase(f, `${f.address ?? f.resource.uid}${where}`));
  }
  return [...suites.values()];
}

function findingCase(f: Finding, name: string): Case {
  if (f.status === "muted") {
    return {
      name,
      classname: f.rule_id,
      outcome: { kind: "skipped", reason: `muted: ${f.muted_reason ?? ""}` },
    };
  }
  const detail = [
    f.message,
    `resource: ${f.resource.uid} (${f.resource.native_type})`,
    ...(f.location ? [`location: ${f.location.file}:${f.location.start_line}-${f.location.end_line}`] : []),
    `remediation: ${f.remediation.text}`,
  ].join("\n");
  return {
    name,
    classname: f.rule_id,
    outcome: { kind: "fail", message: f.message, type: f.severity, detail },
  };
}

function attr(s: string): string {
  // Attribute values are normalized by XML parsers: keep line breaks as character references.
  return escapeXml(s).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

function text(s: string): string {
  return escapeXml(s);
}
