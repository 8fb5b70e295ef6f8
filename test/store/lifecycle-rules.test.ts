/** Which scans may resolve a finding: only one that saw its scope cleanly and judged it anew. */
import assert from "node:assert/strict";
import { eachBackend } from "./backends.ts";
import { CWD, bucket, scanAt } from "./fixtures.ts";
import { recordScan } from "../../src/store/record-scan.ts";
import { fingerprint } from "../../src/engine/findings.ts";
import { unknown } from "../../src/model/value.ts";
import type { Store } from "../../src/store/open-store.ts";

const ID = fingerprint("test-bucket-private", "infra/main.tf#aws_s3_bucket.a");
const publicA = () => bucket("a", "infra/main.tf", { public_access: true });

async function state(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom("findings")
    .select("state")
    .where("id", "=", ID)
    .executeTakeFirstOrThrow();
  return row.state;
}

eachBackend("a failed scan resolves nothing", async (store) => {
  await recordScan(store, scanAt("2026-02-01T00:00:00.000Z", [publicA()]), { cwd: CWD });
  const s = await recordScan(store, scanAt("2026-02-02T00:00:00.000Z", [], { nothingScanned: true }), {
    cwd: CWD,
  });
  assert.deepEqual([s.status, s.resolved], ["failed", 0]);
  assert.equal(await state(store), "open");
});

eachBackend(
  "an unknown result or a missing rule run does not resolve; a deleted resource does",
  async (store) => {
    await recordScan(store, scanAt("2026-02-01T00:00:00.000Z", [publicA()]), { cwd: CWD });
    let s = await recordScan(
      store,
      scanAt("2026-02-02T00:00:00.000Z", [
        bucket("a", "infra/main.tf", { public_access: unknown("var.public") }),
      ]),
      { cwd: CWD },
    );
    assert.equal(s.resolved, 0);
    assert.equal(await state(store), "open");
    s = await recordScan(
      store,
      scanAt("2026-02-03T00:00:00.000Z", [bucket("a", "infra/main.tf", {})], { rules: [] }),
      {
        cwd: CWD,
      },
    );
    assert.equal(s.resolved, 0);
    s = await recordScan(store, scanAt("2026-02-04T00:00:00.000Z", [bucket("b", "infra/main.tf", {})]), {
      cwd: CWD,
    });
    assert.equal(s.resolved, 1);
    assert.equal(await state(store), "resolved");
  },
);

eachBackend(
  "a scan of another directory, or with an error in the finding's part, resolves nothing there",
  async (store) => {
    await recordScan(store, scanAt("2026-02-01T00:00:00.000Z", [publicA()], { targets: ["infra"] }), {
      cwd: CWD,
    });
    let s = await recordScan(store, scanAt("2026-02-02T00:00:00.000Z", [], { targets: ["other"] }), {
      cwd: CWD,
    });
    assert.equal(s.resolved, 0);
    // An error without a file or account taints the whole scan.
    s = await recordScan(
      store,
      scanAt("2026-02-03T00:00:00.000Z", [], {
        targets: ["infra"],
        errors: [{ source: "input", message: "boom" }],
      }),
      { cwd: CWD },
    );
    assert.equal(s.resolved, 0);
    // An error in another file of the same directory does not.
    s = await recordScan(
      store,
      scanAt("2026-02-04T00:00:00.000Z", [], {
        targets: ["/project/infra"],
        errors: [{ source: "terraform", file: "infra/other.tf", line: 2, message: "bad" }],
      }),
      { cwd: CWD },
    );
    assert.equal(s.resolved, 1);
  },
);

eachBackend(
  "a live finding resolves only when its account and region were scanned cleanly",
  async (store) => {
    const live = (publicAccess: boolean) => ({
      ...bucket("logs", "x", { public_access: publicAccess }, {}, "111122223333"),
      uid: "arn:aws:s3:::logs",
      region: "eu-west-1",
      source: { kind: "aws" as const, account: "111122223333", region: "eu-west-1" },
    });
    const id = fingerprint("test-bucket-private", "arn:aws:s3:::logs");
    await recordScan(store, scanAt("2026-02-01T00:00:00.000Z", [live(true)], { targets: ["aws"] }), {
      cwd: CWD,
    });
    let s = await recordScan(
      store,
      scanAt("2026-02-02T00:00:00.000Z", [live(false)], {
        targets: ["aws"],
        errors: [
          {
            source: "aws",
            account: "111122223333",
            region: "eu-west-1",
            message: "s3:GetBucketPolicy denied",
          },
        ],
      }),
      { cwd: CWD },
    );
    assert.equal(s.resolved, 0);
    s = await recordScan(
      store,
      scanAt("2026-02-03T00:00:00.000Z", [live(false)], {
        targets: ["aws"],
        errors: [{ source: "aws", account: "111122223333", region: "us-east-1", message: "throttled" }],
      }),
      { cwd: CWD },
    );
    assert.equal(s.resolved, 1);
    const row = await store.db
      .selectFrom("findings")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.state, row.scope, row.project],
      ["resolved", "part:aws:111122223333:eu-west-1", "111122223333"],
    );
  },
);

eachBackend("a scan recorded late never reopens what a newer scan resolved", async (store) => {
  await recordScan(store, scanAt("2026-02-01T00:00:00.000Z", [publicA()]), { cwd: CWD });
  await recordScan(store, scanAt("2026-02-03T00:00:00.000Z", [bucket("a", "infra/main.tf", {})]), {
    cwd: CWD,
  });
  const s = await recordScan(store, scanAt("2026-02-02T00:00:00.000Z", [publicA()]), { cwd: CWD });
  assert.equal(s.reopened, 0);
  assert.equal(await state(store), "resolved");
});
