/** A recording killed halfway leaves no trace; two processes recording at once corrupt nothing. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eachBackend } from "./backends.ts";
import { openStore } from "../../src/store/open-store.ts";

const CHILD = fileURLToPath(new URL("./record-child.ts", import.meta.url));

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CHILD, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    p.on("error", reject);
    p.on("exit", (code) => resolve(code));
  });
}

eachBackend(
  "a process killed inside its write transaction leaves the history as it was",
  async (store, { url }) => {
    const child = spawn(process.execPath, [CHILD, url, "hang"], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("inside") && resolve());
      child.on("exit", () => reject(new Error("child exited before writing")));
    });
    const exited = new Promise((r) => child.on("exit", r));
    child.kill("SIGKILL");
    await exited;
    // A fresh connection sees no trace of the killed scan, and can write (the lock was released).
    const again = await openStore(url);
    try {
      assert.equal((await again.db.selectFrom("scans").selectAll().execute()).length, 0);
      await again.write((trx) => trx.deleteFrom("baselines").execute());
    } finally {
      await again.close();
    }
    assert.equal((await store.db.selectFrom("scans").selectAll().execute()).length, 0);
  },
);

eachBackend("two processes recording at the same time both land, consistently", async (store, { url }) => {
  const codes = await Promise.all([run([url, "record", "6", "left"]), run([url, "record", "6", "right"])]);
  assert.deepEqual(codes, [0, 0]);
  const scans = await store.db.selectFrom("scans").select(["seq", "scope_key"]).execute();
  assert.equal(scans.length, 12);
  assert.equal(new Set(scans.map((s) => Number(s.seq))).size, 12);
  // Each process flips which half of its 50 buckets is public on every scan: after 6 scans, each
  // bucket's finding opened 3 times and was resolved in between.
  const findings = await store.db.selectFrom("findings").selectAll().execute();
  assert.equal(findings.length, 100);
  const episodes = await store.db.selectFrom("finding_episodes").selectAll().execute();
  assert.equal(episodes.length, 300);
  assert.equal(findings.filter((f) => f.state === "open").length, 50);
  // Failures are stored per pair (25 a scan); every judgement is counted per rule.
  const failures = await store.db.selectFrom("scan_results").select(["status"]).execute();
  assert.equal(failures.length, 12 * 25);
  assert.ok(failures.every((r) => r.status === "fail"));
  const counts = await store.db.selectFrom("scan_rules").select(["passed", "failed"]).execute();
  assert.equal(counts.length, 12 * 3);
  assert.equal(
    counts.reduce((n, r) => n + Number(r.passed) + Number(r.failed), 0),
    12 * 50 * 3,
  );
});
