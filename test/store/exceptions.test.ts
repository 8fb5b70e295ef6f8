/** Risk acceptances: refused without justification, approver or scope; bounded; muting until expiry. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { eachBackend } from "./backends.ts";
import { bucket, scanAt } from "./fixtures.ts";
import {
  ExceptionError,
  addException,
  expireException,
  listExceptions,
} from "../../src/store/exceptions-repo.ts";
import { applyExceptions, isActive } from "../../src/exceptions/apply.ts";
import { UnknownRuleError, checkRuleId, closestIds } from "../../src/exceptions/rule-ids.ts";

const DAY = 86400_000;
const limits = { defaultMs: 30 * DAY, maxMs: 90 * DAY };
const now = new Date("2026-03-01T00:00:00.000Z");
const base = {
  rule_id: "test-bucket-private",
  resources: [],
  accounts: ["111122223333"],
  tags: {},
  justification: "public website bucket",
  approver: "cloud-security-team",
};

eachBackend("an exception without justification, approver or scope is refused", async (store) => {
  await assert.rejects(addException(store, { ...base, justification: " " }, limits, now), /justification/);
  await assert.rejects(addException(store, { ...base, approver: "" }, limits, now), /approver/);
  await assert.rejects(addException(store, { ...base, accounts: [] }, limits, now), /resource scope/);
  await assert.rejects(
    addException(store, { ...base, expires_at: "2026-07-01T00:00:00Z" }, limits, now),
    (e: Error) =>
      e instanceof ExceptionError && /beyond the maximum exception duration \(90 days/.test(e.message),
  );
  await assert.rejects(
    addException(store, { ...base, expires_at: "2026-01-01" }, limits, now),
    /already past/,
  );
  assert.deepEqual(await listExceptions(store), []);
});

eachBackend(
  "exceptions last the default duration, list, and expire early without being deleted",
  async (store) => {
    const e = await addException(store, base, limits, now);
    assert.equal(e.expires_at, "2026-03-31T00:00:00.000Z");
    const explicit = await addException(
      store,
      { ...base, expires_at: "2026-05-30T00:00:00.000Z" },
      limits,
      now,
    );
    assert.equal(explicit.expires_at, "2026-05-30T00:00:00.000Z");
    assert.equal(await expireException(store, e.id, new Date("2026-03-02T00:00:00.000Z")), true);
    assert.equal(await expireException(store, e.id, new Date("2026-03-03T00:00:00.000Z")), false);
    const list = await listExceptions(store);
    assert.equal(list.length, 2);
    const expired = list.find((x) => x.id === e.id)!;
    assert.equal(expired.revoked_at, "2026-03-02T00:00:00.000Z");
    assert.equal(isActive(expired, "2026-03-02T12:00:00.000Z"), false);
    assert.equal(
      isActive(
        list.find((x) => x.id === explicit.id)!,
        "2026-03-02T12:00:00.000Z",
      ),
      true,
    );
  },
);

test("applying exceptions mutes matching findings with their justification and recomputes the summary", () => {
  const outcome = scanAt("2026-03-02T00:00:00.000Z", [
    bucket("site", "web.tf", { public_access: true }, { env: "prod" }, "111122223333"),
    bucket("data", "data.tf", { public_access: true }, { env: "prod" }, "999900001111"),
  ]);
  assert.equal(outcome.report.summary.findings, 2);
  const exception = {
    ...base,
    id: "x1",
    tags: { env: "prod" },
    created_at: now.toISOString(),
    expires_at: "2026-03-31T00:00:00.000Z",
    revoked_at: null,
  };
  const { outcome: muted, byFinding } = applyExceptions(outcome, [exception], "2026-03-02T00:00:00.000Z");
  const site = muted.report.findings.find((f) => f.resource.name === "site")!;
  const data = muted.report.findings.find((f) => f.resource.name === "data")!;
  assert.equal(site.status, "muted");
  assert.match(site.muted_reason!, /exception x1, approved by cloud-security-team.*public website bucket/);
  assert.equal(data.status, "fail", "another account is outside the exception");
  assert.deepEqual([...byFinding], [[site.id, "x1"]]);
  assert.deepEqual(
    [muted.report.summary.findings, muted.report.summary.muted, muted.report.summary.by_severity.critical],
    [1, 1, 1],
  );
  assert.equal(muted.report.summary.posture_score, 50);
  // After expiry the same scan is reported open again.
  const later = applyExceptions(outcome, [exception], "2026-03-31T00:00:00.000Z");
  assert.equal(later.byFinding.size, 0);
  assert.equal(later.outcome.report.summary.findings, 2);
});

test("an unknown rule id is refused with the nearest known ids, typos and fragments alike", () => {
  const known = ["aws-rds-multi-az-enabled", "aws-rds-logs-exported", "gcp-gke-network-policy-enabled"];
  assert.doesNotThrow(() => checkRuleId("aws-rds-logs-exported", known));
  assert.deepEqual(closestIds("aws-rds-mutli-az-enabled", known), ["aws-rds-multi-az-enabled"]);
  assert.deepEqual(closestIds("rds", known), ["aws-rds-logs-exported", "aws-rds-multi-az-enabled"]);
  assert.deepEqual(closestIds("no-such-rule", known), []);
  assert.throws(
    () => checkRuleId("no-such-rule", known),
    (e: Error) => {
      return e instanceof UnknownRuleError && /no rule "no-such-rule".*parapet rules/.test(e.message);
    },
  );
});
