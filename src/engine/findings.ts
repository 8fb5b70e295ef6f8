import { createHash } from "node:crypto";
import type { Resource, Span } from "../model/resource.ts";
import type { Failure } from "../rules/rule.ts";
import type { RuleResult } from "./evaluate.ts";
import type { Finding, FindingLocation } from "./report-model.ts";
import type { ResourceGraph } from "./graph.ts";
import { scoreRisk } from "../score/risk.ts";
import { complianceFor, type ComplianceRef } from "../frameworks/catalog.ts";

/** Stable across scans and machines: the same rule on the same resource has the same id. */
export function fingerprint(ruleId: string, uid: string): string {
  return createHash("sha256").update(`${ruleId}\u0000${uid}`).digest("hex").slice(0, 32);
}

/** The span of the deepest recorded prefix of the failing path, else the resource's own block. */
export function locate(resource: Resource, path: string | undefined): FindingLocation | undefined {
  const positions = resource.positions ?? {};
  if (path !== undefined) {
    const parts = path.split(".");
    for (let n = parts.length; n > 0; n--) {
      const span: Span | undefined = positions[parts.slice(0, n).join(".")];
      if (span) return { ...span };
    }
  }
  const s = resource.source;
  if (s.file !== undefined && s.start_line !== undefined) {
    return { file: s.file, start_line: s.start_line, end_line: s.end_line ?? s.start_line };
  }
  return undefined;
}

export function buildFindings(
  results: readonly RuleResult[],
  compliance: ReadonlyMap<string, readonly ComplianceRef[]>,
  graph: ResourceGraph,
): Finding[] {
  const findings: Finding[] = [];
  for (const r of results) {
    if (r.status !== "fail") continue;
    // One finding per (rule, resource): several failures of one rule are joined in its message.
    const failures: Failure[] = r.failures ?? [];
    const first = failures[0];
    const reason = r.resource.suppressions?.[r.rule.id];
    const muted = reason !== undefined && reason.trim() !== "";
    const location = first?.span ? { ...first.span } : locate(r.resource, first?.path);
    const finding: Finding = {
      id: fingerprint(r.rule.id, r.resource.uid),
      rule_id: r.rule.id,
      title: r.rule.title,
      severity: r.rule.severity,
      category: r.rule.category,
      status: muted ? "muted" : "fail",
      message: failures.map((f) => f.message).join("; ") || r.rule.title,
      resource: {
        uid: r.resource.uid,
        type: r.resource.type,
        native_type: r.resource.native_type,
        name: r.resource.name,
        provider: r.resource.provider,
        project: r.resource.project,
        region: r.resource.region,
        tags: r.resource.tags,
      },
      // A provider's framework (CIS AWS) says nothing about another cloud's resources.
      compliance: complianceFor(compliance, r.rule.id, r.resource.provider),
      remediation: r.rule.remediation,
      risk: scoreRisk(r.rule, r.resource, graph),
    };
    if (muted) finding.muted_reason = reason;
    if (first?.path !== undefined) finding.path = first.path;
    if (location) finding.location = location;
    if (r.resource.source.address !== undefined) finding.address = r.resource.source.address;
    findings.push(finding);
  }
  return findings.sort(
    (a, b) =>
      b.risk.score - a.risk.score ||
      (a.location?.file ?? a.resource.uid).localeCompare(b.location?.file ?? b.resource.uid) ||
      (a.location?.start_line ?? 0) - (b.location?.start_line ?? 0) ||
      a.rule_id.localeCompare(b.rule_id),
  );
}
