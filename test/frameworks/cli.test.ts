import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ControlResult, ScanReport } from "../../src/engine/report-model.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "src/cli/main.ts");
const fixture = "test/fixtures/report/iac";
const run = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });

describe("parapet frameworks and scan --framework", () => {
  it("lists frameworks with control, automated and manual counts", () => {
    const rows = JSON.parse(
      execFileSync(process.execPath, [cli, "frameworks", "--format", "json"], {
        cwd: root,
        encoding: "utf8",
      }),
    ) as {
      id: string;
      controls: number;
      automated: number;
      manual: number;
    }[];
    for (const id of ["soc2", "pci-dss-4.0", "hipaa", "nist-800-53-r5"]) {
      const r = rows.find((x) => x.id === id)!;
      assert.ok(r, id);
      assert.equal(r.automated + r.manual, r.controls);
      assert.ok(r.automated > 0, `${id} has automated controls`);
    }
    const table = run("frameworks");
    assert.match(table.stdout, /soc2\s+SOC 2 Trust Services Criteria/);
    assert.equal(run("frameworks", "nope").status, 2);
  });

  it("runs only the framework's rules and fills per-control results", () => {
    const r = run("scan", fixture, "--framework", "soc2", "--format", "json", "--fail-on", "none", "-q");
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout) as ScanReport;
    const controls = report.controls as ControlResult[];
    assert.ok(controls.length > 50);
    assert.ok(controls.every((c) => c.framework === "soc2"));
    const byStatus = (s: ControlResult["status"]) => controls.filter((c) => c.status === s);
    assert.ok(byStatus("manual").every((c) => !c.automated && c.passed === 0 && c.failed === 0));
    assert.ok(byStatus("fail").length > 0, "the fixture's buckets fail some SOC 2 control");
    assert.ok(byStatus("fail").every((c) => c.failed > 0));
    // Every finding comes from a rule the framework maps.
    assert.ok(report.findings.every((f) => f.compliance.some((c) => c.framework === "soc2")));
    const table = run("scan", fixture, "--framework", "soc2", "--fail-on", "none", "-q", "--no-color");
    assert.match(table.stdout, /COMPLIANCE SOC 2 Trust Services Criteria/);
    assert.match(table.stdout, /FAIL {5}CC\d\.\d/);
    assert.equal(run("scan", fixture, "--framework", "nope").status, 2);
  });

  it("writes every format to a file in one scan", () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-formats-"));
    try {
      const formats = ["sarif", "junit", "ocsf", "csv", "markdown", "html"];
      const r = run(
        "scan",
        fixture,
        "--fail-on",
        "none",
        "-q",
        ...formats.flatMap((f) => ["--format", `${f}=${join(dir, f)}`]),
      );
      assert.equal(r.status, 0, r.stderr);
      for (const f of formats) assert.ok(readFileSync(join(dir, f), "utf8").length > 100, f);
      assert.ok(!readFileSync(join(dir, "html"), "utf8").includes("<script>alert(1)"));
      assert.match(readFileSync(join(dir, "junit"), "utf8"), /<testcase /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("compares with a base report and rejects one that is not a report", () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-base-"));
    try {
      const base = join(dir, "base.json");
      run("scan", fixture, "--fail-on", "none", "-q", "--format", `json=${base}`);
      const r = run(
        "scan",
        fixture,
        "--fail-on",
        "none",
        "-q",
        "--format",
        "markdown",
        "--base-report",
        base,
      );
      assert.match(r.stdout, /\*\*0 new\*\*, \*\*0 fixed\*\*/);
      const bad = run("scan", fixture, "-q", "--base-report", join(root, "package.json"));
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /not a Parapet JSON report/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
