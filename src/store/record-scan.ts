/**
 * Recording a scan: the scan itself, its resources (configuration snapshots, stored once per
 * distinct content), its results, its posture breakdown, and the lifecycle transitions of its
 * findings — all in one write transaction, so an interrupted recording leaves no trace.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ScanOutcome } from "../engine/scan.ts";
import type { RuleResult } from "../engine/evaluate.ts";
import type { Resource } from "../model/resource.ts";
import type { Database, ScanResourcesTable, ScanResultsTable, ScanRulesTable } from "./schema.ts";
import type { Store } from "./open-store.ts";
import { coverageOf, scopeKey, scopeOf, type Coverage } from "../lifecycle/scope.ts";
import { ownerOf } from "../lifecycle/owner.ts";
import { decide, type KnownFinding, type ObservedFinding } from "../lifecycle/transitions.ts";
import { postureBreakdown } from "../metrics/posture-breakdown.ts";
import { chunked } from "./chunks.ts";

export interface RecordOptions {
  cwd: string;
  /** finding id → the exception that muted it (from applyExceptions). */
  exceptions?: ReadonlyMap<string, string>;
  /** finding id → when the misconfiguration was introduced (IaC history, cloud change time). */
  introducedAt?: ReadonlyMap<string, string>;
  /** Live partitions the scan collected, including empty ones (`part:aws:<account>:<region>`). */
  partitions?: readonly string[];
}

export interface RecordSummary {
  scan_id: string;
  status: "complete" | "partial" | "failed";
  scope_key: string;
  created: number;
  reopened: number;
  still_open: number;
  resolved: number;
}

/** What a stored snapshot holds: enough to show a resource and diff it against a later one. */
export interface Snapshot {
  type: string;
  native_type: string;
  name: string;
  provider: string;
  project: string | null;
  region: string | null;
  owner: string | null;
  address: string | null;
  scope: string;
  config: unknown;
  tags: Record<string, string>;
  raw: unknown;
  metadata: unknown;
}

export function snapshotOf(r: Resource): { hash: string; body: string } {
  const snap: Snapshot = {
    type: r.type,
    native_type: r.native_type,
    name: r.name,
    provider: r.provider,
    project: r.project,
    region: r.region,
    owner: ownerOf(r.tags),
    address: r.source.address ?? null,
    scope: scopeOf(r),
    config: r.config,
    tags: r.tags,
    raw: r.raw,
    metadata: r.metadata,
  };
  const body = JSON.stringify(snap);
  // 128 bits of SHA-256: collisions are out of reach at any history size.
  return { hash: createHash("sha256").update(body).digest("hex").slice(0, 32), body };
}

function resultStatus(r: RuleResult, mutedKeys: ReadonlySet<string>): string {
  if (r.status === "fail") return mutedKeys.has(`${r.rule.id}\u0000${r.resource.uid}`) ? "muted" : "fail";
  if (r.status === "skip") return r.unknown ? "unknown" : "skip";
  return r.status;
}

export async function recordScan(
  store: Store,
  outcome: ScanOutcome,
  opts: RecordOptions,
): Promise<RecordSummary> {
  const { report, resources, results } = outcome;
  const at = report.scan.finished_at;
  const coverage: Coverage = coverageOf({
    targets: report.scan.targets,
    cwd: opts.cwd,
    resources,
    errors: report.errors,
    ...(opts.partitions ? { partitions: opts.partitions } : {}),
  });
  const status = outcome.nothingScanned ? "failed" : report.errors.length > 0 ? "partial" : "complete";
  const key = scopeKey(report.scan.targets, opts.cwd);
  const byUid = new Map(resources.map((r) => [r.uid, r]));

  // Everything derived from the outcome is computed before the transaction opens, so the
  // write lock is held only for the writes.
  const snapshots = new Map<string, string>();
  const resourceRows: Omit<ScanResourcesTable, "scan_seq">[] = [];
  for (const r of byUid.values()) {
    const snap = snapshotOf(r);
    snapshots.set(snap.hash, snap.body);
    resourceRows.push({ uid: r.uid, snapshot: snap.hash });
  }
  const findingByKey = new Map(report.findings.map((f) => [`${f.rule_id}\u0000${f.resource.uid}`, f]));
  const mutedKeys = new Set([...findingByKey].filter(([, f]) => f.status === "muted").map(([k]) => k));
  const resultStatusByKey = new Map<string, string>();
  const resultRows: Omit<ScanResultsTable, "scan_seq">[] = [];
  const ruleCounts = new Map<string, Omit<ScanRulesTable, "scan_seq">>();
  const COUNTER = {
    pass: "passed",
    fail: "failed",
    muted: "muted",
    error: "errors",
    unknown: "unknown",
    skip: "skipped",
  } as const;
  for (const r of results) {
    const k = `${r.rule.id}\u0000${r.resource.uid}`;
    if (resultStatusByKey.has(k)) continue;
    const status = resultStatus(r, mutedKeys);
    resultStatusByKey.set(k, status);
    const counts = ruleCounts.get(r.rule.id) ?? {
      rule_id: r.rule.id,
      passed: 0,
      failed: 0,
      muted: 0,
      errors: 0,
      unknown: 0,
      skipped: 0,
    };
    counts[COUNTER[status as keyof typeof COUNTER]]++;
    ruleCounts.set(r.rule.id, counts);
    if (status === "pass" || status === "skip") continue;
    const f = findingByKey.get(k);
    resultRows.push({
      rule_id: r.rule.id,
      uid: r.resource.uid,
      status,
      severity: r.rule.severity,
      finding_id: f?.id ?? null,
      exception_id: f ? (opts.exceptions?.get(f.id) ?? null) : null,
    });
  }
  const observed: ObservedFinding[] = report.findings.map((f) => {
    const r = byUid.get(f.resource.uid);
    return {
      id: f.id,
      rule_id: f.rule_id,
      uid: f.resource.uid,
      title: f.title,
      severity: f.severity,
      scope: r
        ? scopeOf(r)
        : `part:${f.resource.provider}:${f.resource.project ?? "-"}:${f.resource.region ?? "global"}`,
      provider: f.resource.provider,
      project: f.resource.project,
      region: f.resource.region,
      owner: ownerOf(f.resource.tags),
      muted: f.status === "muted",
      muted_reason: f.muted_reason ?? null,
      exception_id: opts.exceptions?.get(f.id) ?? null,
    };
  });
  const posture = postureBreakdown(results, (r) => mutedKeys.has(`${r.rule.id}\u0000${r.resource.uid}`));

  return store.write(async (trx) => {
    const last = await trx
      .selectFrom("scans")
      .select((eb) => eb.fn.max("seq").as("seq"))
      .executeTakeFirst();
    const seq = Number(last?.seq ?? 0) + 1;
    await trx
      .insertInto("scans")
      .values({
        id: report.scan.id,
        scope_key: key,
        started_at: report.scan.started_at,
        finished_at: at,
        status,
        targets: JSON.stringify(report.scan.targets),
        parapet_version: report.scan.parapet_version,
        resources: report.summary.resources,
        findings: report.summary.findings,
        muted: report.summary.muted,
        errors: report.summary.errors,
        posture_score: report.summary.posture_score,
        covered: JSON.stringify(coverage.covered),
        tainted: JSON.stringify(coverage.tainted),
        seq,
      })
      .execute();
    await chunked(
      [...snapshots].map(([hash, body]) => ({ hash, body })),
      2,
      (rows) =>
        trx
          .insertInto("snapshots")
          .values(rows)
          .onConflict((oc) => oc.column("hash").doNothing())
          .execute(),
    );
    await chunked(resourceRows, 3, (rows) =>
      trx
        .insertInto("scan_resources")
        .values(rows.map((r) => ({ scan_seq: seq, ...r })))
        .execute(),
    );
    await chunked(resultRows, 7, (rows) =>
      trx
        .insertInto("scan_results")
        .values(rows.map((r) => ({ scan_seq: seq, ...r })))
        .execute(),
    );
    await chunked([...ruleCounts.values()], 8, (rows) =>
      trx
        .insertInto("scan_rules")
        .values(rows.map((r) => ({ scan_seq: seq, ...r })))
        .execute(),
    );
    await chunked(posture, 5, (rows) =>
      trx
        .insertInto("scan_posture")
        .values(rows.map((c) => ({ scan_seq: seq, ...c })))
        .execute(),
    );
    const t = decide(await loadKnown(trx, observed), observed, {
      at,
      status,
      coverage,
      present: new Set(byUid.keys()),
      results: resultStatusByKey,
    });
    await applyTransitions(trx, report.scan.id, at, t, opts.introducedAt);
    return {
      scan_id: report.scan.id,
      status,
      scope_key: key,
      created: t.created.length,
      reopened: t.reopened.length,
      still_open: t.stillOpen.length,
      resolved: t.resolved.length,
    };
  });
}

type KnownRow = KnownFinding & {
  severity: string;
  muted: number;
  muted_reason: string | null;
  exception_id: string | null;
  owner: string | null;
};

async function loadKnown(
  trx: Kysely<Database>,
  observed: readonly ObservedFinding[],
): Promise<Map<string, KnownRow>> {
  const columns = [
    "id",
    "rule_id",
    "uid",
    "scope",
    "state",
    "last_seen",
    "resolved_at",
    "reopen_count",
    "severity",
    "muted",
    "muted_reason",
    "exception_id",
    "owner",
  ] as const;
  const known = new Map<string, KnownRow>();
  for (const row of await trx.selectFrom("findings").select(columns).where("state", "=", "open").execute()) {
    known.set(row.id, row);
  }
  const rest = observed.map((o) => o.id).filter((id) => !known.has(id));
  await chunked(rest, 1, async (ids) => {
    for (const row of await trx.selectFrom("findings").select(columns).where("id", "in", ids).execute()) {
      known.set(row.id, row);
    }
  });
  return known;
}

async function applyTransitions(
  trx: Kysely<Database>,
  scanId: string,
  at: string,
  t: ReturnType<typeof decide> & { stillOpen: { known: KnownFinding }[] },
  introducedAt: ReadonlyMap<string, string> | undefined,
): Promise<void> {
  const introduced = (id: string): string | null => {
    const when = introducedAt?.get(id);
    // A change cannot be introduced after it was detected; clock skew says "at detection".
    return when === undefined ? null : when <= at ? when : at;
  };
  await chunked(t.created, 19, (rows) =>
    trx
      .insertInto("findings")
      .values(
        rows.map((o) => ({
          id: o.id,
          rule_id: o.rule_id,
          uid: o.uid,
          title: o.title,
          severity: o.severity,
          scope: o.scope,
          provider: o.provider,
          project: o.project,
          region: o.region,
          owner: o.owner,
          state: "open" as const,
          muted: o.muted ? 1 : 0,
          muted_reason: o.muted_reason,
          exception_id: o.exception_id,
          first_seen: at,
          last_seen: at,
          resolved_at: null,
          reopen_count: 0,
          last_scan_id: scanId,
        })),
      )
      .execute(),
  );
  const episodes = [
    ...t.created.map((o) => ({ o, seq: 1 })),
    ...t.reopened.map(({ observed: o, known: k }) => ({ o, seq: k.reopen_count + 2 })),
  ];
  await chunked(episodes, 8, (rows) =>
    trx
      .insertInto("finding_episodes")
      .values(
        rows.map(({ o, seq }) => ({
          finding_id: o.id,
          seq,
          severity: o.severity,
          introduced_at: introduced(o.id),
          detected_at: at,
          detected_scan_id: scanId,
          resolved_at: null,
          resolved_scan_id: null,
        })),
      )
      .execute(),
  );
  for (const { observed: o, known: k } of t.reopened) {
    await trx
      .updateTable("findings")
      .set({
        state: "open",
        resolved_at: null,
        reopen_count: k.reopen_count + 1,
        last_seen: at,
        last_scan_id: scanId,
        ...details(o),
      })
      .where("id", "=", o.id)
      .execute();
  }
  // Most open findings stay open unchanged: one statement per chunk moves their last sighting.
  await chunked(
    t.stillOpen.map((s) => s.observed.id),
    1,
    (ids) =>
      trx
        .updateTable("findings")
        .set({ last_seen: at, last_scan_id: scanId })
        .where("id", "in", ids)
        .where("last_seen", "<=", at)
        .execute(),
  );
  for (const { observed: o, known } of t.stillOpen) {
    const k = known as KnownRow;
    if (
      k.severity !== o.severity ||
      k.muted !== (o.muted ? 1 : 0) ||
      k.muted_reason !== o.muted_reason ||
      k.exception_id !== o.exception_id ||
      k.owner !== o.owner
    ) {
      await trx.updateTable("findings").set(details(o)).where("id", "=", o.id).execute();
    }
  }
  await chunked(
    t.resolved.map((k) => k.id),
    1,
    async (ids) => {
      await trx
        .updateTable("findings")
        .set({ state: "resolved", resolved_at: at, last_scan_id: scanId })
        .where("id", "in", ids)
        .execute();
      await trx
        .updateTable("finding_episodes")
        .set({ resolved_at: at, resolved_scan_id: scanId })
        .where("finding_id", "in", ids)
        .where("resolved_at", "is", null)
        .execute();
    },
  );
}

function details(o: ObservedFinding): {
  severity: string;
  muted: number;
  muted_reason: string | null;
  exception_id: string | null;
  owner: string | null;
  title: string;
} {
  return {
    severity: o.severity,
    muted: o.muted ? 1 : 0,
    muted_reason: o.muted_reason,
    exception_id: o.exception_id,
    owner: o.owner,
    title: o.title,
  };
}
