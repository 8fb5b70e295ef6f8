/** Reads from the store what computeMetrics needs for one window. */
import type { Store } from "./open-store.ts";
import type { Framework } from "../frameworks/catalog.ts";
import {
  computeMetrics,
  type EpisodeFacts,
  type FindingFacts,
  type MetricsReport,
  type Sla,
  type Window,
} from "../metrics/compute.ts";
import { chunked } from "./chunks.ts";

/** The latest non-failed scan of each scope that finished inside the window. */
export async function latestScansPerScope(store: Store, window: Window): Promise<number[]> {
  const rows = await store.db
    .selectFrom("scans")
    .select(["id", "scope_key", "seq"])
    .where("status", "!=", "failed")
    .where("finished_at", ">=", window.from)
    .where("finished_at", "<=", window.to)
    .orderBy("finished_at", "asc")
    .orderBy("seq", "asc")
    .execute();
  const latest = new Map<string, number>();
  for (const r of rows) latest.set(r.scope_key, Number(r.seq));
  return [...latest.values()];
}

export async function metricsFromStore(
  store: Store,
  window: Window,
  sla: Sla,
  frameworks: readonly Framework[],
): Promise<MetricsReport> {
  const db = store.db;
  // Episodes resolved before the window cannot count in it (their SLA was decided earlier too).
  const episodes: EpisodeFacts[] = await db
    .selectFrom("finding_episodes")
    .select(["finding_id", "seq", "severity", "introduced_at", "detected_at", "resolved_at"])
    .where("detected_at", "<=", window.to)
    .where((eb) => eb.or([eb("resolved_at", "is", null), eb("resolved_at", ">=", window.from)]))
    .execute();

  const observed = new Map<string, boolean>();
  const rows = await db
    .selectFrom("scan_results")
    .innerJoin("scans", "scans.seq", "scan_results.scan_seq")
    .select(["scan_results.finding_id", "scan_results.exception_id"])
    .where("scan_results.finding_id", "is not", null)
    .where("scans.finished_at", ">=", window.from)
    .where("scans.finished_at", "<=", window.to)
    .execute();
  for (const r of rows) {
    const id = r.finding_id!;
    observed.set(id, (observed.get(id) ?? false) || r.exception_id !== null);
  }

  const ids = [...new Set([...episodes.map((e) => e.finding_id), ...observed.keys()])];
  const findings = new Map<string, FindingFacts>();
  await chunked(ids, 1, async (chunk) => {
    const found = await db
      .selectFrom("findings")
      .select(["id", "severity", "provider", "project", "owner", "muted"])
      .where("id", "in", chunk)
      .execute();
    for (const f of found) findings.set(f.id, { ...f, muted: Number(f.muted) === 1 });
  });

  const latest = await latestScansPerScope(store, window);
  const posture: { dimension: string; key: string; evaluated: number; compliant: number }[] = [];
  const judgedRules = new Set<string>();
  await chunked(latest, 1, async (chunk) => {
    for (const p of await db
      .selectFrom("scan_posture")
      .select(["dimension", "key", "evaluated", "compliant"])
      .where("scan_seq", "in", chunk)
      .execute()) {
      posture.push({ ...p, evaluated: Number(p.evaluated), compliant: Number(p.compliant) });
    }
    for (const r of await db
      .selectFrom("scan_rules")
      .select("rule_id")
      .distinct()
      .where("scan_seq", "in", chunk)
      .where((eb) => eb(eb("passed", "+", eb("failed", "+", eb.ref("muted"))), ">", 0))
      .execute()) {
      judgedRules.add(r.rule_id);
    }
  });
  const coverage = new Map<string, { controls: number; monitored: number }>();
  for (const fw of frameworks) {
    coverage.set(fw.id, {
      controls: fw.controls.length,
      monitored: fw.controls.filter((c) => c.automated && c.rules.some((r) => judgedRules.has(r))).length,
    });
  }
  return computeMetrics({
    window,
    sla,
    findings,
    episodes: episodes.map((e) => ({ ...e, seq: Number(e.seq) })),
    posture,
    observed,
    coverage,
  });
}
