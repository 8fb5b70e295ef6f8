/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one reportingDescriptor per rule that ran, one
 * result per finding with a repository-relative location (or the resource uid as a logical
 * location for live resources), the finding id as a partial fingerprint so alerts keep their
 * identity across runs, muted findings as suppressions, and scan errors as notifications.
 */
import type { Finding } from "../engine/report-model.ts";
import type { ScanError } from "../model/raw.ts";
import type { Rule, Severity } from "../rules/rule.ts";
import type { ReportWriter } from "./writer.ts";
import { fence, fixSnippets } from "./fix-code.ts";
import { pathToFileURL } from "node:url";

const INFORMATION_URI = "https://github.com/parapet-cspm/parapet";
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** GitHub ranks alerts by this score: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low below. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0",
};

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

type RuleInfo = Pick<Rule, "id" | "title" | "severity" | "category" | "remediation"> &
  Partial<Pick<Rule, "rationale" | "references" | "providers">>;

export const writeSarif: ReportWriter = (report, ctx) => {
  const rules: RuleInfo[] = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding of a rule the context does not list (a custom policy) still needs a descriptor.
  for (const f of report.findings) {
    if (!index.has(f.rule_id)) {
      index.set(f.rule_id, rules.length);
      rules.push({
        id: f.rule_id,
        title: f.title,
        severity: f.severity,
        category: f.category,
        remediation: f.remediation,
      });
    }
  }
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Parapet",
            version: report.scan.parapet_version,
            semanticVersion: report.scan.parapet_version,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        automationDetails: { id: `parapet/${report.scan.targets.join(",")}/` },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(withSlash(ctx.cwd)).href } },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.scan.started_at,
            endTimeUtc: report.scan.finished_at,
            toolExecutionNotifications: report.errors.map(notification),
          },
        ],
        results: report.findings.map((f) => result(f, index.get(f.rule_id)!)),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function descriptor(r: RuleInfo) {
  const fixes = fixSnippets(r.remediation.code);
  const rationale = r.rationale ?? r.title;
  const markdown = [
    `**${r.title}**`,
    "",
    rationale,
    "",
    "**Remediation**",
    "",
    r.remediation.text,
    ...fixes.flatMap((s) => ["", `${s.label}:`, "", fence(s.code) + s.lang, s.code, fence(s.code)]),
    ...(r.references?.length ? ["", "**References**", "", ...r.references.map((u) => `- <${u}>`)] : []),
  ].join("\n");
  const text = [
    rationale,
    "",
    `Remediation: ${r.remediation.text}`,
    ...fixes.flatMap((s) => ["", `${s.label}:`, s.code]),
  ].join("\n");
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: rationale },
    help: { text, markdown },
    ...(r.references?.[0] ? { helpUri: r.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ["security", r.category, ...(r.providers ?? [])],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[r.severity],
    },
  };
}

function result(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.rule_id,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message} (${f.resource.native_type} ${f.address ?? f.resource.name})` },
    locations: [location(f)],
    partialFingerprints: { "parapetFindingId/v1": f.id },
    ...(f.status === "muted"
      ? { suppressions: [{ kind: "inSource", status: "accepted", justification: f.muted_reason ?? "" }] }
      : {}),
    properties: {
      severity: f.severity,
      resource: f.resource.uid,
      ...(f.path ? { path: f.path } : {}),
      compliance: f.compliance.map((c) => `${c.framework}:${c.control}`),
      "risk-score": f.risk.score,
    },
  };
}

function location(f: Finding) {
  const logical = [{ fullyQualifiedName: f.resource.uid, name: f.resource.name, kind: "resource" }];
  if (!f.location) return { logicalLocations: logical };
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(f.location.file), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: Math.max(1, f.location.start_line),
        endLine: Math.max(1, f.location.start_line, f.location.end_line),
      },
    },
    logicalLocations: logical,
  };
}

function notification(e: ScanError) {
  return {
    level: "error",
    message: { text: e.message },
    descriptor: { id: e.source },
    ...(e.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: relativeUri(e.file), uriBaseId: "%SRCROOT%" },
                ...(e.line ? { region: { startLine: Math.max(1, e.line) } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `#`, `?`, `%`). */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

function withSlash(dir: string): string {
  return dir.endsWith("/") ? dir : dir + "/";
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}
