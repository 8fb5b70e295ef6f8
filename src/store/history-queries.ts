/** Reads of the scan history for the history, baseline and drift commands. */
import type { Selectable } from "kysely";
import type { Store } from "./open-store.ts";
import type { ScansTable } from "./schema.ts";
import type { DriftResource } from "../drift/diff.ts";
import type { Snapshot } from "./record-scan.ts";
import { chunked } from "./chunks.ts";

export type ScanRow = Selectable<ScansTable>;

export class HistoryError extends Error {}

/** A scan by id or unambiguous id prefix (as `history` shows them). */
export async function findScan(store: Store, id: string): Promise<ScanRow> {
  const rows = await store.db
    .selectFrom("scans")
    .selectAll()
    .where("id", "like", `${id.replace(/[%_]/g, "")}%`)
    .limit(2)
    .execute();
  if (rows.length === 0) throw new HistoryError(`no recorded scan ${id}`);
  if (rows.length > 1) throw new HistoryError(`scan id prefix ${id} is ambiguous: give more characters`);
  return rows[0]!;
}

export async function latestScan(
  store: Store,
  scopeKey?: string,
  completeOnly = false,
): Promise<ScanRow | undefined> {
  let q = store.db.selectFrom("scans").selectAll();
  if (scopeKey !== undefined) q = q.where("scope_key", "=", scopeKey);
  if (completeOnly) q = q.where("status", "=", "complete");
  return q.orderBy("finished_at", "desc").orderBy("seq", "desc").limit(1).executeTakeFirst();
}

export async function scanResources(store: Store, scan: ScanRow): Promise<DriftResource[]> {
  const rows = await store.db
    .selectFrom("scan_resources")
    .innerJoin("snapshots", "snapshots.hash", "scan_resources.snapshot")
    .select(["uid", "body"])
    .where("scan_seq", "=", scan.seq)
    .execute();
  return rows.map((r) => {
    const snap = JSON.parse(r.body) as Snapshot;
    return {
      uid: r.uid,
      address: snap.address,
      type: snap.type,
      native_type: snap.native_type,
      name: snap.name,
      provider: snap.provider,
      project: snap.project,
      region: snap.region,
      config: snap.config,
      tags: snap.tags,
      raw: snap.raw,
    };
  });
}

export async function saveBaseline(store: Store, scan: ScanRow, by: string | null, now: Date): Promise<void> {
  await store.write(async (trx) => {
    await trx.deleteFrom("baselines").where("scope_key", "=", scan.scope_key).execute();
    await trx
      .insertInto("baselines")
      .values({ scope_key: scan.scope_key, scan_id: scan.id, saved_at: now.toISOString(), saved_by: by })
      .execute();
  });
}

export async function listBaselines(
  store: Store,
): Promise<
  { scope_key: string; scan_id: string; saved_at: string; saved_by: string | null; scanned_at: string }[]
> {
  return store.db
    .selectFrom("baselines")
    .innerJoin("scans", "scans.id", "baselines.scan_id")
    .select([
      "baselines.scope_key",
      "baselines.scan_id",
      "baselines.saved_at",
      "baselines.saved_by",
      "scans.finished_at as scanned_at",
    ])
    .orderBy("baselines.scope_key")
    .execute();
}

export async function baselineFor(store: Store, scopeKey: string): Promise<ScanRow | undefined> {
  const b = await store.db
    .selectFrom("baselines")
    .select("scan_id")
    .where("scope_key", "=", scopeKey)
    .executeTakeFirst();
  return b ? findScan(store, b.scan_id) : undefined;
}

export interface TrendPoint {
  scan_id: string;
  scope_key: string;
  finished_at: string;
  status: string;
  provider: string;
  evaluated: number;
  compliant: number;
  score: number | null;
  /** Unmuted findings of this provider in the scan (all of them on a scan's "-" line). */
  findings: number;
}

/** Posture per scan and provider, oldest first, the last `limit` scans of each scope. */
export async function postureTrend(
  store: Store,
  opts: { scope?: string; provider?: string; limit: number },
): Promise<TrendPoint[]> {
  let q = store.db
    .selectFrom("scans")
    .leftJoin("scan_posture", (j) =>
      j.onRef("scan_posture.scan_seq", "=", "scans.seq").on("scan_posture.dimension", "=", "provider"),
    )
    .select([
      "scans.id",
      "scans.scope_key",
      "scans.finished_at",
      "scans.status",
      "scans.findings",
      "scans.seq",
      "scan_posture.key",
      "scan_posture.evaluated",
      "scan_posture.compliant",
    ]);
  if (opts.scope !== undefined) q = q.where("scans.scope_key", "=", opts.scope);
  const rows = await q.orderBy("scans.finished_at", "desc").orderBy("scans.seq", "desc").execute();
  const perScope = new Map<string, Set<string>>();
  const out: (TrendPoint & { seq: number })[] = [];
  for (const r of rows) {
    const scans = perScope.get(r.scope_key) ?? new Set<string>();
    perScope.set(r.scope_key, scans);
    if (!scans.has(r.id)) {
      if (scans.size >= opts.limit) continue;
      scans.add(r.id);
    }
    const provider = r.key ?? "-";
    if (opts.provider !== undefined && provider !== opts.provider) continue;
    const evaluated = Number(r.evaluated ?? 0);
    const compliant = Number(r.compliant ?? 0);
    out.push({
      scan_id: r.id,
      scope_key: r.scope_key,
      finished_at: r.finished_at,
      status: r.status,
      provider,
      evaluated,
      compliant,
      score: evaluated === 0 ? null : Math.round((1000 * compliant) / evaluated) / 10,
      findings: Number(r.findings),
      seq: r.seq,
    });
  }
  const open = await openFindingsByProvider(store, [...new Set(out.map((p) => p.seq))]);
  return out.reverse().map(({ seq, ...p }) =>
    // A scan without posture rows has one line, "-", which carries all its findings.
    p.provider === "-" ? p : { ...p, findings: open.get(`${seq}\u0000${p.provider}`) ?? 0 },
  );
}

/** Unmuted findings of each scan per provider, keyed `seq NUL provider`. */
async function openFindingsByProvider(store: Store, seqs: number[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await chunked(seqs, 1, async (chunk) => {
    const rows = await store.db
      .selectFrom("scan_results")
      .innerJoin("findings", "findings.id", "scan_results.finding_id")
      .select(["scan_results.scan_seq", "findings.provider", (eb) => eb.fn.countAll().as("n")])
      .where("scan_results.status", "=", "fail")
      .where("scan_results.scan_seq", "in", chunk)
      .groupBy(["scan_results.scan_seq", "findings.provider"])
      .execute();
    for (const r of rows) counts.set(`${r.scan_seq}\u0000${r.provider}`, Number(r.n));
  });
  return counts;
}
