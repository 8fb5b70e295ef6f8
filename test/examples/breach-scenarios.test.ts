/**
 * The shipped example reproduces the guide's three breach scenarios beside resources that are
 * configured well. Each scenario must be found, at the right place and severity, and nothing
 * else may reach high or critical.
 */
import { describe, it, before } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { scanTargets, type ScanOutcome } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));

describe("examples/breach-scenarios", () => {
  let out: ScanOutcome;
  before(async () => {
    out = await scanTargets({ targets: ["examples/breach-scenarios"], cwd: repo, rules: builtinRules() });
  });

  const find = (ruleId: string, address: string) =>
    out.report.findings.find((f) => f.rule_id === ruleId && f.address === address && f.status === "fail");

  it("loads every file without errors", () => {
    assert.deepEqual(out.report.errors, []);
    assert.equal(out.report.summary.files["terraform"], 9);
  });

  it("A: finds the public staging bucket, critical, at the ACL that opens it", () => {
    const f = find("storage-bucket-blocks-public-access", "aws_s3_bucket.staging_documents");
    assert.ok(f, "public bucket finding");
    assert.equal(f.severity, "critical");
    assert.equal(f.location?.file, "examples/breach-scenarios/aws/storage.tf");
    assert.equal(f.location?.start_line, 25);
    assert.ok(
      f.risk.factors.some((x) => x.name === "sensitivity"),
      "the pii tag raises its risk",
    );
  });

  it("B: finds the GKE node service account holding Owner, critical", () => {
    const binding = find(
      "gcp-iam-service-account-has-no-admin-roles",
      "google_project_iam_member.gke_nodes_owner",
    );
    assert.ok(binding, "owner binding finding");
    assert.equal(binding.severity, "critical");
    const pool = find("gcp-gke-node-service-account-not-privileged", "google_container_node_pool.default");
    assert.ok(pool, "node pool finding");
    assert.equal(pool.severity, "critical");
  });

  it("C: finds the unencrypted snapshot shared with another account, high", () => {
    const enc = find("database-snapshot-encrypted", "aws_db_snapshot.patients_migration");
    const shared = find("snapshot-not-shared-with-external-accounts", "aws_db_snapshot.patients_migration");
    assert.ok(enc && shared, "snapshot findings");
    assert.equal(enc.severity, "high");
    assert.equal(shared.severity, "high");
    assert.match(shared.message, /210987654321/);
  });

  it("stays quiet at high and critical on the resources configured well", () => {
    const scenario = new Set([
      "aws_s3_bucket.staging_documents",
      "aws_db_instance.patients_legacy",
      "aws_db_snapshot.patients_migration",
      "google_project_iam_member.gke_nodes_owner",
      "google_container_node_pool.default",
    ]);
    const others = out.report.findings.filter(
      (f) => (f.severity === "critical" || f.severity === "high") && !scenario.has(f.address ?? ""),
    );
    assert.deepEqual(
      others.map((f) => `${f.rule_id} ${f.address}`),
      [],
    );
  });

  it("honours the reasoned inline suppression on the log bucket", () => {
    const muted = out.report.findings.find(
      (f) =>
        f.rule_id === "storage-bucket-access-logging-enabled" && f.address === "aws_s3_bucket.access_logs",
    );
    assert.equal(muted?.status, "muted");
    assert.match(muted?.muted_reason ?? "", /access-log target/);
  });
});
