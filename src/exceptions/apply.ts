/**
 * Risk acceptances applied to a scan: a failing finding whose rule and resource fall under an
 * active exception is muted — kept, reported as muted with the justification — never dropped.
 * An exception stops applying at its expiry by itself: the next scan reports the finding open.
 */
import type { ScanOutcome } from "../engine/scan.ts";
import type { Finding } from "../engine/report-model.ts";
import { SEVERITIES, type Severity } from "../rules/rule.ts";
import { postureScore } from "../score/posture.ts";

export interface RiskException {
  id: string;
  rule_id: string;
  /** Resource uids; `*` matches any run of characters. */
  resources: string[];
  /** Account, subscription or project ids. */
  accounts: string[];
  /** Tags the resource must all carry. */
  tags: Record<string, string>;
  justification: string;
  approver: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export function isActive(e: RiskException, now: string): boolean {
  return e.revoked_at === null && e.created_at <= now && now < e.expires_at;
}

function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}

/** Every selector the exception names must hold; an exception names at least one (enforced on add). */
export function covers(e: RiskException, f: Pick<Finding, "rule_id" | "resource">): boolean {
  if (e.rule_id !== f.rule_id) return false;
  if (e.resources.length > 0 && !e.resources.some((p) => glob(p).test(f.resource.uid))) return false;
  if (e.accounts.length > 0 && (f.resource.project === null || !e.accounts.includes(f.resource.project)))
    return false;
  return Object.entries(e.tags).every(([k, v]) => f.resource.tags[k] === v);
}

export function mutedReason(e: RiskException): string {
  return `risk accepted (exception ${e.id}, approved by ${e.approver}, until ${e.expires_at}): ${e.justification}`;
}

export interface Applied {
  outcome: ScanOutcome;
  /** finding id → the exception that muted it. */
  byFinding: Map<string, string>;
}

export function applyExceptions(
  outcome: ScanOutcome,
  exceptions: readonly RiskException[],
  now: string,
): Applied {
  const active = exceptions.filter((e) => isActive(e, now));
  const byFinding = new Map<string, string>();
  if (active.length === 0) return { outcome, byFinding };
  const findings = outcome.report.findings.map((f): Finding => {
    // An inline suppression already muted it; the source's own reason stays.
    if (f.status === "muted") return f;
    const e = active.find((x) => covers(x, f));
    if (!e) return f;
    byFinding.set(f.id, e.id);
    return { ...f, status: "muted", muted_reason: mutedReason(e) };
  });
  if (byFinding.size === 0) return { outcome, byFinding };
  const mutedKeys = new Set(
    findings.filter((f) => f.status === "muted").map((f) => `${f.rule_id}\u0000${f.resource.uid}`),
  );
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.status === "fail") by_severity[f.severity]++;
  const open = findings.filter((f) => f.status === "fail").length;
  const report = {
    ...outcome.report,
    findings,
    summary: {
      ...outcome.report.summary,
      findings: open,
      muted: findings.length - open,
      by_severity,
      posture_score: postureScore(outcome.results, (r) =>
        mutedKeys.has(`${r.rule.id}\u0000${r.resource.uid}`),
      ),
    },
  };
  return { outcome: { ...outcome, report }, byFinding };
}
