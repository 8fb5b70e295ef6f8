/**
 * The guide's tier-1 and tier-2 metrics over a window, from stored history. Definitions (times
 * are the scans' finish times; a window is [from, to]):
 *
 * - posture score: across the latest non-failed scan of each scope in the window, compliant
 *   evaluated resources ÷ evaluated resources (as the report's posture score).
 * - open critical: findings of critical severity open at `to`, not muted.
 * - compliance coverage: framework controls with at least one rule that judged a resource in
 *   those latest scans ÷ all controls (manual controls count as not monitored).
 * - MTTD: mean of detected − introduced over detections (new or reopened) in the window whose
 *   introduction time is known (IaC history, cloud change time).
 * - MTTR: mean of resolved − detected over resolutions in the window, per severity.
 * - remediation within SLA: among detections whose SLA was decided in the window — resolved in
 *   it, or due in it and still open then — the share resolved by their due time. Info findings
 *   have no SLA; findings muted by an accepted risk while open are not counted as breaches.
 * - recurrence rate: of the findings resolved in the window, the share detected again by `to`.
 * - exception rate: of the findings seen failing or muted in the window's scans, the share
 *   muted by an accepted risk exception.
 *
 * Every figure is computed overall and per team (owner tag), account and provider.
 */
import { SEVERITIES, type Severity } from "../rules/rule.ts";

export interface Window {
  from: string;
  to: string;
}

export type Sla = Record<Exclude<Severity, "info">, number>;

const HOUR = 3600_000;
export const DEFAULT_SLA: Sla = {
  critical: 24 * HOUR,
  high: 7 * 24 * HOUR,
  medium: 30 * 24 * HOUR,
  low: 90 * 24 * HOUR,
};

export interface FindingFacts {
  id: string;
  severity: string;
  provider: string;
  project: string | null;
  owner: string | null;
  muted: boolean;
}

export interface EpisodeFacts {
  finding_id: string;
  seq: number;
  severity: string;
  introduced_at: string | null;
  detected_at: string;
  resolved_at: string | null;
}

export interface PostureFacts {
  dimension: string;
  key: string;
  evaluated: number;
  compliant: number;
}

export interface MetricInput {
  window: Window;
  sla: Sla;
  findings: ReadonlyMap<string, FindingFacts>;
  episodes: readonly EpisodeFacts[];
  /** Posture cells of the latest scan of each scope in the window. */
  posture: readonly PostureFacts[];
  /** finding id → whether an exception muted it in the window's scans. */
  observed: ReadonlyMap<string, boolean>;
  /** framework id → [controls, controls monitored]. */
  coverage: ReadonlyMap<string, { controls: number; monitored: number }>;
}

export interface Ratio {
  rate: number | null;
  numerator: number;
  denominator: number;
}

export interface MetricValues {
  posture_score: number | null;
  evaluated_resources: number;
  open_critical: number;
  detected: number;
  resolved: number;
  mttd_seconds: number | null;
  mttr_seconds: Record<Severity | "all", number | null>;
  remediation_within_sla: Ratio;
  recurrence: Ratio;
  exceptions: Ratio;
}

export interface MetricsReport {
  window: Window;
  sla_seconds: Record<string, number>;
  overall: MetricValues & { compliance_coverage: Ratio; by_framework: Record<string, Ratio> };
  by_team: Record<string, MetricValues>;
  by_account: Record<string, MetricValues>;
  by_provider: Record<string, MetricValues>;
}

const DIMENSIONS = { by_team: "team", by_account: "account", by_provider: "provider" } as const;

function ratio(numerator: number, denominator: number): Ratio {
  return {
    rate: denominator === 0 ? null : Math.round((1000 * numerator) / denominator) / 10,
    numerator,
    denominator,
  };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length / 1000);
}

const ms = (iso: string): number => Date.parse(iso);

/** The values of one group of findings (all, one team, one account, one provider). */
function values(
  input: MetricInput,
  inGroup: (f: FindingFacts) => boolean,
  posture: PostureFacts[],
): MetricValues {
  const { from, to } = input.window;
  const episodes = input.episodes.filter((e) => {
    const f = input.findings.get(e.finding_id);
    return f !== undefined && inGroup(f);
  });
  const openAt = (e: EpisodeFacts): boolean =>
    e.detected_at <= to && (e.resolved_at === null || e.resolved_at > to);
  const inWindow = (t: string | null): boolean => t !== null && t >= from && t <= to;

  const openCritical = new Set(
    episodes
      .filter((e) => openAt(e) && e.severity === "critical" && !input.findings.get(e.finding_id)!.muted)
      .map((e) => e.finding_id),
  ).size;
  const detected = episodes.filter((e) => inWindow(e.detected_at));
  const resolved = episodes.filter((e) => inWindow(e.resolved_at));

  const mttd = mean(
    detected.filter((e) => e.introduced_at !== null).map((e) => ms(e.detected_at) - ms(e.introduced_at!)),
  );
  const mttr = Object.fromEntries(
    [...SEVERITIES, "all" as const].map((s) => [
      s,
      mean(
        resolved
          .filter((e) => s === "all" || e.severity === s)
          .map((e) => ms(e.resolved_at!) - ms(e.detected_at)),
      ),
    ]),
  ) as Record<Severity | "all", number | null>;

  let within = 0;
  let decided = 0;
  for (const e of episodes) {
    const limit = input.sla[e.severity as keyof Sla];
    if (limit === undefined) continue;
    const due = new Date(ms(e.detected_at) + limit).toISOString();
    if (e.resolved_at !== null && inWindow(e.resolved_at)) {
      decided++;
      if (e.resolved_at <= due) within++;
    } else if (inWindow(due) && (e.resolved_at === null || e.resolved_at > due)) {
      if (e.resolved_at === null && input.findings.get(e.finding_id)!.muted) continue;
      decided++;
    }
  }

  // The first resolution of each finding in the window, then whether it was detected again.
  const firstResolution = new Map<string, string>();
  for (const e of resolved) {
    const prev = firstResolution.get(e.finding_id);
    if (prev === undefined || e.resolved_at! < prev) firstResolution.set(e.finding_id, e.resolved_at!);
  }
  const recurredIds = new Set<string>();
  for (const e of episodes) {
    const after = firstResolution.get(e.finding_id);
    if (after !== undefined && e.detected_at > after && e.detected_at <= to) recurredIds.add(e.finding_id);
  }

  let seen = 0;
  let excepted = 0;
  for (const [id, byException] of input.observed) {
    const f = input.findings.get(id);
    if (!f || !inGroup(f)) continue;
    seen++;
    if (byException) excepted++;
  }

  const evaluated = posture.reduce((n, p) => n + p.evaluated, 0);
  const compliant = posture.reduce((n, p) => n + p.compliant, 0);
  return {
    posture_score: evaluated === 0 ? null : Math.round((1000 * compliant) / evaluated) / 10,
    evaluated_resources: evaluated,
    open_critical: openCritical,
    detected: detected.length,
    resolved: resolved.length,
    mttd_seconds: mttd,
    mttr_seconds: mttr,
    remediation_within_sla: ratio(within, decided),
    recurrence: ratio(recurredIds.size, firstResolution.size),
    exceptions: ratio(excepted, seen),
  };
}

function groupKey(dimension: "team" | "account" | "provider", f: FindingFacts): string {
  if (dimension === "team") return f.owner ?? "(no owner)";
  if (dimension === "account") return f.project ?? "(no account)";
  return f.provider;
}

export function computeMetrics(input: MetricInput): MetricsReport {
  const coverage = [...input.coverage.values()];
  const overall = {
    ...values(
      input,
      () => true,
      input.posture.filter((p) => p.dimension === "all"),
    ),
    compliance_coverage: ratio(
      coverage.reduce((n, c) => n + c.monitored, 0),
      coverage.reduce((n, c) => n + c.controls, 0),
    ),
    by_framework: Object.fromEntries(
      [...input.coverage].map(([id, c]) => [id, ratio(c.monitored, c.controls)]),
    ),
  };
  const report: MetricsReport = {
    window: input.window,
    sla_seconds: Object.fromEntries(Object.entries(input.sla).map(([k, v]) => [k, v / 1000])),
    overall,
    by_team: {},
    by_account: {},
    by_provider: {},
  };
  for (const [field, dimension] of Object.entries(DIMENSIONS) as [
    keyof typeof DIMENSIONS,
    "team" | "account" | "provider",
  ][]) {
    const keys = new Set<string>();
    for (const f of input.findings.values()) keys.add(groupKey(dimension, f));
    for (const p of input.posture) if (p.dimension === dimension) keys.add(p.key);
    for (const key of [...keys].sort()) {
      report[field][key] = values(
        input,
        (f) => groupKey(dimension, f) === key,
        input.posture.filter((p) => p.dimension === dimension && p.key === key),
      );
    }
  }
  return report;
}
