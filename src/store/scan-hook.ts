/**
 * What `parapet scan` does with the store: apply the accepted risks to the outcome (muting
 * their findings), find when new findings were introduced, and record the scan.
 */
import type { ScanOutcome } from "../engine/scan.ts";
import { applyExceptions } from "../exceptions/apply.ts";
import { introductionTimes } from "../lifecycle/introduced.ts";
import { listExceptions } from "./exceptions-repo.ts";
import { recordScan, type RecordSummary } from "./record-scan.ts";
import { openStore, openStoreReadOnly, resolveDbUrl, type ReadOnlyStore, type Store } from "./open-store.ts";

export async function recordOutcome(
  store: Store,
  outcome: ScanOutcome,
  cwd: string,
): Promise<{ outcome: ScanOutcome; summary: RecordSummary }> {
  const applied = applyExceptions(outcome, await listExceptions(store), outcome.report.scan.finished_at);
  // Only findings not already open need an introduction time: that is when their episode starts.
  const open = new Set(
    (await store.db.selectFrom("findings").select("id").where("state", "=", "open").execute()).map(
      (r) => r.id,
    ),
  );
  const introducedAt = await introductionTimes(
    applied.outcome.report.findings.filter((f) => !open.has(f.id)),
    new Map(outcome.resources.map((r) => [r.uid, r])),
    cwd,
  );
  const summary = await recordScan(store, applied.outcome, {
    cwd,
    exceptions: applied.byFinding,
    introducedAt,
  });
  return { outcome: applied.outcome, summary };
}

/**
 * The scan command's hook: records the outcome in the store named by `--db`/`PARAPET_DB` (or
 * the default file) and mutes its accepted risks in place. A store that cannot be opened or
 * written is reported on stderr and never fails the scan itself.
 */
export async function storeScanOutcome(
  outcome: ScanOutcome,
  dbFlag: string | undefined,
  cwd: string,
): Promise<void> {
  let store: Store | undefined;
  try {
    store = await openStore(resolveDbUrl(dbFlag, cwd));
    const { outcome: applied } = await recordOutcome(store, outcome, cwd);
    outcome.report = applied.report;
  } catch (e) {
    process.stderr.write(
      `parapet: warning: the scan was not recorded in the history: ${(e as Error).message}\n`,
    );
  } finally {
    await store?.close();
  }
}

/**
 * The scan command's hook under `--no-store`: the accepted risks still mute their findings, so
 * the verdict does not depend on whether the scan is recorded. The store is only read; where
 * there is none yet there is nothing accepted. A store that cannot be read is reported on
 * stderr and leaves the findings open.
 */
export async function muteAcceptedRisks(
  outcome: ScanOutcome,
  dbFlag: string | undefined,
  cwd: string,
): Promise<void> {
  let store: ReadOnlyStore | undefined;
  try {
    store = openStoreReadOnly(resolveDbUrl(dbFlag, cwd));
    if (store === undefined) return;
    const applied = applyExceptions(outcome, await listExceptions(store), outcome.report.scan.finished_at);
    outcome.report = applied.outcome.report;
  } catch (e) {
    process.stderr.write(
      `parapet: warning: accepted risks could not be read from the history store, their findings stay open: ${(e as Error).message}\n`,
    );
  } finally {
    await store?.close();
  }
}
