/** The measure of issue 7: the guide's gate file, with CEL conditions, blocks the example estate for the right findings. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ScanReport } from "../../src/engine/report-model.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const gateDir = join(root, "examples/gate");

function scan(args: string[], cwd = gateDir) {
  const r = spawnSync(
    process.execPath,
    [join(root, "src/cli/main.ts"), "scan", "--no-store", "-q", "--no-notify", ...args],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, PARAPET_OPA: "/nonexistent/opa" },
    },
  );
  return r;
}

test("the guide's gate blocks the breach scenarios on HELIOS-001 only, and says so", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-gate-"));
  try {
    const out = join(dir, "r.json");
    const r = scan(["../breach-scenarios", "-f", `json=${out}`]);
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(readFileSync(out, "utf8")) as ScanReport;
    const critical = report.findings.filter((f) => f.severity === "critical");
    const keys = critical.map((f) => `${f.rule_id} ${f.address}`);
    assert.ok(keys.includes("HELIOS-001 aws_db_instance.patients_legacy"), keys.join(", "));
    // The encrypted records database's key is known only at apply time: unknown, never a finding.
    assert.ok(
      !report.findings.some((f) => f.address === "aws_db_instance.records" && f.rule_id === "HELIOS-001"),
    );
    // Its subnets are private and the versioned buckets are versioned.
    assert.ok(!report.findings.some((f) => f.rule_id === "HELIOS-002" || f.rule_id === "HELIOS-003"));
    // ignore: low drops low and info findings.
    assert.ok(report.findings.every((f) => f.severity !== "low" && f.severity !== "info"));
    // "custom + CIS": every built-in finding comes from a rule a CIS control maps.
    assert.ok(
      report.findings.every(
        (f) => f.rule_id.startsWith("HELIOS") || f.compliance.some((c) => c.framework.startsWith("cis-")),
      ),
    );
    assert.match(r.stderr, new RegExp(`BLOCKED by ${critical.length} findings? at or above critical:`));
    assert.match(
      r.stderr,
      /\n {2}CRITICAL HELIOS-001 \.\.\/breach-scenarios\/aws\/database\.tf:28 aws_db_instance\.patients_legacy: All databases/,
    );
    assert.match(r.stderr, /warning/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without the gate file the same scan runs every built-in rule and no custom one", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-gate-"));
  try {
    const out = join(dir, "r.json");
    const r = scan([join(root, "examples/breach-scenarios"), "-f", `json=${out}`], dir);
    const report = JSON.parse(readFileSync(out, "utf8")) as ScanReport;
    assert.equal(r.status, 1);
    assert.ok(!report.findings.some((f) => f.rule_id.startsWith("HELIOS")));
    assert.ok(report.findings.some((f) => f.rule_id === "storage-bucket-blocks-public-access"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a bad gate file is a usage error naming file and line, not a crash", () => {
  const r = scan(["../breach-scenarios", "--config", join(root, "test/config/fixtures/bad-condition.yml")]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad-condition\.yml:6: custom rule BAD-1: condition does not compile/);
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
});

test("parapet policy test runs the example's CEL cases", () => {
  const r = spawnSync(
    process.execPath,
    [join(root, "src/cli/main.ts"), "policy", "test", "examples/gate/tests"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /8\/8 policy tests passed/);
});
