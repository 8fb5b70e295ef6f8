/** MTTD's introduction time for IaC comes from git: the latest commit of the finding's lines. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { introductionTimes } from "../../src/lifecycle/introduced.ts";
import type { Finding } from "../../src/engine/report-model.ts";
import type { Resource } from "../../src/model/resource.ts";

function commit(dir: string, when: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
  execFileSync("git", ["add", "."], { cwd: dir, env });
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "c"], {
    cwd: dir,
    env,
  });
}

const finding = (id: string, file: string, start: number, end: number): Finding =>
  ({ id, resource: { uid: id }, location: { file, start_line: start, end_line: end } }) as unknown as Finding;

test("the introduction time is the newest commit among the finding's lines; uncommitted is unknown", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-git-"));
  execFileSync("git", ["init", "-q"], { cwd: dir });
  writeFileSync(join(dir, "main.tf"), "a\nb\nc\nd\n");
  commit(dir, "2026-01-01T10:00:00Z");
  writeFileSync(join(dir, "main.tf"), "a\nB\nc\nd\n");
  commit(dir, "2026-01-05T10:00:00Z");
  writeFileSync(join(dir, "main.tf"), "a\nB\nc\nD\n");
  const times = await introductionTimes(
    [finding("old", "main.tf", 1, 1), finding("span", "main.tf", 1, 3), finding("dirty", "main.tf", 3, 4)],
    new Map(),
    dir,
  );
  assert.deepEqual(Object.fromEntries(times), {
    old: "2026-01-01T10:00:00.000Z",
    span: "2026-01-05T10:00:00.000Z",
  });
});

test("live resources use the change time the cloud reports; outside git nothing is known", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-nogit-"));
  writeFileSync(join(dir, "main.tf"), "a\n");
  const live = { id: "live", resource: { uid: "arn:x" } } as unknown as Finding;
  const times = await introductionTimes(
    [live, finding("file", "main.tf", 1, 1)],
    new Map([["arn:x", { metadata: { last_modified: "2026-02-01T00:00:00Z" } } as unknown as Resource]]),
    dir,
  );
  assert.deepEqual(Object.fromEntries(times), { live: "2026-02-01T00:00:00.000Z" });
});
