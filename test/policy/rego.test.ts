import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ScanReport } from "../../src/engine/report-model.ts";
import { findOpa } from "../../src/policy/rego/opa.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const opa = findOpa();
const noOpa = opa === undefined ? "OPA is not installed: run scripts/setup-opa.sh" : false;

function scanWithPolicy(env: NodeJS.ProcessEnv) {
  const dir = mkdtempSync(join(tmpdir(), "parapet-rego-"));
  writeFileSync(
    join(dir, "main.tf"),
    `variable "enc" { type = bool }\nresource "aws_db_instance" "plain" {\n  identifier = "plain"\n  storage_encrypted = false\n}\nresource "aws_db_instance" "maybe" {\n  identifier = "maybe"\n  storage_encrypted = var.enc\n}\n`,
  );
  const r = spawnSync(
    process.execPath,
    [
      join(root, "src/cli/main.ts"),
      "scan",
      ".",
      "--no-store",
      "-q",
      "--framework",
      "cis-aws",
      "--policy",
      join(root, "test/policy/fixtures/rego"),
      "-f",
      "json=r.json",
      "--fail-on",
      "none",
    ],
    { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } },
  );
  const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as ScanReport;
  rmSync(dir, { recursive: true, force: true });
  return { r, report };
}

test("without OPA, Rego policies are skipped with a message saying how to get it; the scan goes on", () => {
  const { r, report } = scanWithPolicy({ PARAPET_OPA: "/nonexistent/opa" });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(report.errors.some((e) => e.source === "policy" && /setup-opa\.sh/.test(e.message)));
  assert.equal(report.summary.resources, 2);
});

test(
  "deny messages become findings under package.rule with their severity; unknowns stay silent",
  { skip: noOpa },
  () => {
    const { report } = scanWithPolicy({});
    const rego = report.findings.filter((f) => f.rule_id === "parapet_test.db.deny");
    assert.deepEqual(
      rego.map((f) => [f.address, f.severity]),
      [["aws_db_instance.plain", "high"]],
    );
    assert.match(rego[0]!.message, /Database plain stores data unencrypted/);
  },
);

test("parapet policy test runs the guide's Rego policy tests with opa test", { skip: noOpa }, () => {
  const r = spawnSync(process.execPath, [join(root, "src/cli/main.ts"), "policy", "test", "examples/gate"], {
    cwd: root,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /12\/12 policy tests passed/);
});
