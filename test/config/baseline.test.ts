import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ScanReport } from "../../src/engine/report-model.ts";

const main = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const scan = (cwd: string, args: string[]) =>
  spawnSync(process.execPath, [main, "scan", "iac", "--no-store", "-q", "--no-notify", ...args], {
    cwd,
    encoding: "utf8",
  });

test("--baseline reports and gates only the findings the change introduces; markdown shows what changed", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-diff-"));
  try {
    const iac = join(dir, "iac");
    spawnSync("mkdir", [iac]);
    writeFileSync(
      join(iac, "main.tf"),
      `resource "aws_db_instance" "old" {\n  identifier = "old"\n  storage_encrypted = false\n}\n`,
    );
    writeFileSync(
      join(dir, "parapet.yml"),
      `custom_rules:\n  - id: ENC-1\n    description: databases are encrypted\n    resource_type: database_instance\n    condition: resource.config.encryption.enabled == true\n    severity: critical\n`,
    );
    assert.equal(scan(dir, ["-f", "json=base.json"]).status, 1);
    // The change adds a second unencrypted database: only it is judged.
    appendFileSync(
      join(iac, "main.tf"),
      `resource "aws_db_instance" "new" {\n  identifier = "new"\n  storage_encrypted = false\n}\n`,
    );
    const r = scan(dir, ["--baseline", "base.json", "-f", "json=now.json", "-f", "markdown=pr.md"]);
    assert.equal(r.status, 1, r.stderr);
    const now = JSON.parse(readFileSync(join(dir, "now.json"), "utf8")) as ScanReport;
    assert.ok(now.findings.length > 0 && now.findings.every((f) => f.address === "aws_db_instance.new"));
    const md = readFileSync(join(dir, "pr.md"), "utf8");
    assert.match(md, /### What changed since the base\n\n\*\*\d+ new\*\*, \*\*0 fixed\*\*, \d+ unchanged/);
    assert.match(md, /New findings:[\s\S]*\| critical \| ENC\\-1 \| aws\\_db\\_instance\\\.new/);
    // Against a full result of the changed code nothing is new: the existing critical findings do not block.
    assert.equal(scan(dir, ["-f", "json=full.json"]).status, 1);
    assert.equal(scan(dir, ["--baseline", "full.json", "-f", "json=again.json"]).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
