/**
 * A separate process for the store's crash and concurrency tests.
 *   record-child.ts <url> hang            opens a write transaction, writes a scan row, says
 *                                          "inside" and waits to be killed
 *   record-child.ts <url> record <n> <tag> records n scans of its own resources
 */
import { openStore } from "../../src/store/open-store.ts";
import { recordScan } from "../../src/store/record-scan.ts";
import { CWD, bucket, scanAt } from "./fixtures.ts";

const [url, mode, count, tag] = process.argv.slice(2);
const store = await openStore(url!);
if (mode === "hang") {
  await store.write(async (trx) => {
    await trx
      .insertInto("scans")
      .values({
        id: "killed-scan",
        scope_key: ".",
        started_at: "2026-01-01T00:00:00.000Z",
        finished_at: "2026-01-01T00:00:00.000Z",
        status: "complete",
        targets: "[]",
        parapet_version: "0",
        resources: 0,
        findings: 0,
        muted: 0,
        errors: 0,
        posture_score: null,
        covered: "[]",
        tainted: "[]",
        seq: 1,
      })
      .execute();
    process.stdout.write("inside\n");
    await new Promise(() => setInterval(() => {}, 1000));
  });
} else {
  for (let i = 0; i < Number(count); i++) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    const resources = Array.from({ length: 50 }, (_, k) =>
      bucket(`${tag}${k}`, `${tag}.tf`, { public_access: (k + i) % 2 === 0 }),
    );
    await recordScan(store, scanAt(at, resources, { targets: [`${tag}.tf`] }), { cwd: CWD });
  }
  await store.close();
}
