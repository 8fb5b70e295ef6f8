/**
 * Replays a history — a bucket misconfigured, found, fixed, broken again; a finding under a
 * risk exception that expires; a partial scan — and checks every lifecycle state and every
 * metric against values computed by hand.
 */
import assert from "node:assert/strict";
import { eachBackend } from "./backends.ts";
import { CWD, bucket, scanAt } from "./fixtures.ts";
import { recordScan } from "../../src/store/record-scan.ts";
import { applyExceptions, type RiskException } from "../../src/exceptions/apply.ts";
import { metricsFromStore } from "../../src/store/metrics-query.ts";
import { DEFAULT_SLA } from "../../src/metrics/compute.ts";
import { fingerprint } from "../../src/engine/findings.ts";
import type { Store } from "../../src/store/open-store.ts";
import type { ScanOutcome } from "../../src/engine/scan.ts";

const T0 = "2026-01-01T00:00:00.000Z";
const T1 = "2026-01-01T12:00:00.000Z";
const T2 = "2026-01-02T00:00:00.000Z";
const T3 = "2026-01-03T00:00:00.000Z";
const T4 = "2026-01-05T00:00:00.000Z";

const A = "main.tf#aws_s3_bucket.a";
const B = "other.tf#aws_s3_bucket.b";
const C = "main.tf#aws_s3_bucket.c";
const fA = fingerprint("test-bucket-private", A);
const fB = fingerprint("test-bucket-encrypted", B);
const fC = fingerprint("test-bucket-logging", C);

const exception: RiskException = {
  id: "exc-1",
  rule_id: "test-bucket-logging",
  resources: ["main.tf#aws_s3_bucket.*"],
  accounts: [],
  tags: {},
  justification: "logs shipped by the agent",
  approver: "cloud-security-team",
  created_at: "2025-12-31T00:00:00.000Z",
  expires_at: "2026-01-01T18:00:00.000Z",
  revoked_at: null,
};

async function record(store: Store, outcome: ScanOutcome, introduced: Record<string, string> = {}) {
  const at = outcome.report.scan.finished_at;
  const applied = applyExceptions(outcome, [exception], at);
  return recordScan(store, applied.outcome, {
    cwd: CWD,
    exceptions: applied.byFinding,
    introducedAt: new Map(Object.entries(introduced)),
  });
}

async function finding(store: Store, id: string) {
  return store.db.selectFrom("findings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

const a = (config = {}) => bucket("a", "main.tf", config, { owner: "team-a" });
const b = (config = {}) => bucket("b", "other.tf", config, { Owner: "team-b" });
const c = () => bucket("c", "main.tf", { logging: false }, { owner: "team-a" });

eachBackend("a replayed history gives every lifecycle state and metric", async (store) => {
  // Scan 1: A public (introduced two hours before), B unencrypted, C without logging (accepted).
  let s = await record(store, scanAt(T0, [a({ public_access: true }), b({ encrypted: false }), c()]), {
    [fA]: "2025-12-31T22:00:00.000Z",
  });
  assert.deepEqual([s.status, s.created, s.reopened, s.still_open, s.resolved], ["complete", 3, 0, 0, 0]);
  assert.equal((await finding(store, fA)).state, "open");
  assert.equal((await finding(store, fA)).first_seen, T0);
  assert.equal((await finding(store, fA)).owner, "team-a");
  assert.equal((await finding(store, fB)).owner, "team-b");
  const cRow = await finding(store, fC);
  assert.equal(Number(cRow.muted), 1);
  assert.equal(cRow.exception_id, "exc-1");
  assert.match(cRow.muted_reason ?? "", /logs shipped by the agent/);

  // Scan 2: A fixed → resolved after 12 h.
  s = await record(store, scanAt(T1, [a(), b({ encrypted: false }), c()]));
  assert.deepEqual([s.created, s.reopened, s.still_open, s.resolved], [0, 0, 2, 1]);
  assert.equal((await finding(store, fA)).state, "resolved");
  assert.equal((await finding(store, fA)).resolved_at, T1);
  assert.equal((await finding(store, fB)).last_seen, T1);

  // Scan 3: B fixed, but the scan had an error in other.tf: nothing there is resolved.
  // The exception on C expired at 18:00: C is open and unmuted again, by itself.
  s = await record(
    store,
    scanAt(T2, [a(), b(), c()], {
      errors: [{ source: "terraform", file: "other.tf", line: 3, message: "bad" }],
    }),
  );
  assert.deepEqual([s.status, s.resolved, s.still_open], ["partial", 0, 1]);
  assert.equal((await finding(store, fB)).state, "open");
  assert.equal((await finding(store, fB)).last_seen, T1);
  assert.equal(Number((await finding(store, fC)).muted), 0);
  assert.equal((await finding(store, fC)).exception_id, null);

  // Scan 4: A broken again (introduced four hours before) → reopened; B fixed in a clean scan → resolved.
  s = await record(store, scanAt(T3, [a({ public_access: true }), b(), c()]), {
    [fA]: "2026-01-02T20:00:00.000Z",
  });
  assert.deepEqual([s.created, s.reopened, s.still_open, s.resolved], [0, 1, 1, 1]);
  const reopened = await finding(store, fA);
  assert.deepEqual([reopened.state, reopened.resolved_at, Number(reopened.reopen_count)], ["open", null, 1]);
  assert.equal(reopened.first_seen, T0);
  assert.equal((await finding(store, fB)).resolved_at, T3);

  // Scan 5: nothing changes; A is now past its 24 h SLA.
  s = await record(store, scanAt(T4, [a({ public_access: true }), b(), c()]));
  assert.deepEqual([s.created, s.reopened, s.still_open, s.resolved], [0, 0, 2, 0]);
  assert.equal((await finding(store, fA)).last_seen, T4);

  const episodes = await store.db
    .selectFrom("finding_episodes")
    .select(["finding_id", "seq", "detected_at", "resolved_at"])
    .orderBy("finding_id")
    .orderBy("seq")
    .execute();
  assert.deepEqual(
    episodes.filter((e) => e.finding_id === fA).map((e) => [Number(e.seq), e.detected_at, e.resolved_at]),
    [
      [1, T0, T1],
      [2, T3, null],
    ],
  );

  const m = await metricsFromStore(store, { from: T0, to: T4 }, DEFAULT_SLA, []);
  const o = m.overall;
  // Latest scan: A fails, B passes, C fails → 1 of 3 compliant.
  assert.equal(o.posture_score, 33.3);
  assert.equal(o.evaluated_resources, 3);
  assert.equal(o.open_critical, 1);
  assert.deepEqual([o.detected, o.resolved], [4, 2]);
  // MTTD: A took 2 h, then 4 h to be detected → 3 h.
  assert.equal(o.mttd_seconds, 3 * 3600);
  assert.equal(o.mttr_seconds.critical, 12 * 3600);
  assert.equal(o.mttr_seconds.high, 48 * 3600);
  assert.equal(o.mttr_seconds.medium, null);
  assert.equal(o.mttr_seconds.all, 30 * 3600);
  // SLA: A#1 in 12 h ≤ 24 h, B in 48 h ≤ 7 d, A#2 due on Jan 4 and still open → 2 of 3.
  assert.deepEqual(o.remediation_within_sla, { rate: 66.7, numerator: 2, denominator: 3 });
  // Of A and B resolved in the window, A came back.
  assert.deepEqual(o.recurrence, { rate: 50, numerator: 1, denominator: 2 });
  // Of A, B, C seen failing, C was under an exception.
  assert.deepEqual(o.exceptions, { rate: 33.3, numerator: 1, denominator: 3 });
  assert.equal(o.compliance_coverage.rate, null);

  assert.deepEqual(Object.keys(m.by_team), ["team-a", "team-b"]);
  const teamA = m.by_team["team-a"]!;
  assert.equal(teamA.posture_score, 0);
  assert.equal(teamA.open_critical, 1);
  assert.equal(teamA.mttr_seconds.critical, 12 * 3600);
  assert.equal(teamA.mttr_seconds.high, null);
  assert.deepEqual(teamA.remediation_within_sla, { rate: 50, numerator: 1, denominator: 2 });
  assert.deepEqual(teamA.exceptions, { rate: 50, numerator: 1, denominator: 2 });
  const teamB = m.by_team["team-b"]!;
  assert.equal(teamB.posture_score, 100);
  assert.deepEqual(teamB.recurrence, { rate: 0, numerator: 0, denominator: 1 });
  assert.equal(m.by_provider["aws"]!.posture_score, 33.3);

  // A window that ends before A came back sees no recurrence and a 100 % SLA record.
  const early = await metricsFromStore(store, { from: T0, to: T2 }, DEFAULT_SLA, [
    {
      id: "fw",
      name: "fw",
      version: "1",
      controls: [
        { id: "1", title: "private", automated: true, rules: ["test-bucket-private"] },
        { id: "2", title: "manual", automated: false, rules: [] },
        { id: "3", title: "unrun", automated: true, rules: ["not-run"] },
      ],
    },
  ]);
  assert.deepEqual(early.overall.recurrence, { rate: 0, numerator: 0, denominator: 1 });
  assert.deepEqual(early.overall.remediation_within_sla, { rate: 100, numerator: 1, denominator: 1 });
  assert.deepEqual(early.overall.compliance_coverage, { rate: 33.3, numerator: 1, denominator: 3 });
});
