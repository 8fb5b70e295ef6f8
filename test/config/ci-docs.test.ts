/** docs/ci.md's examples: every YAML block parses, and the scan commands the CI jobs run work as written. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../../", import.meta.url));
const doc = readFileSync(join(root, "docs/ci.md"), "utf8");
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

test("every YAML example in docs/ci.md and .pre-commit-hooks.yaml parses", () => {
  assert.ok(blocks.length >= 4);
  for (const b of blocks) parse(b);
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as {
    id: string;
    entry: string;
  }[];
  assert.equal(hooks[0]!.id, "parapet");
  const gh = parse(blocks.find((b) => b.includes("upload-sarif"))!) as {
    jobs: { gate: { steps: { run?: string; with?: { sarif_file?: string } }[] } };
  };
  const steps = gh.jobs.gate.steps;
  assert.equal(steps.find((s) => s.with?.sarif_file)?.with?.sarif_file, "parapet.sarif");
});

test("the CI jobs' and the hook's scan commands run as written and produce what the jobs upload", () => {
  const gh = parse(blocks.find((b) => b.includes("upload-sarif"))!) as {
    jobs: { gate: { steps: { run?: string }[] } };
  };
  const gl = parse(blocks.find((b) => b.includes("parapet:\n  image"))!) as { parapet: { script: string[] } };
  const hook = (parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as { entry: string }[])[0]!
    .entry;
  const commands = [
    gh.jobs.gate.steps.find((s) => s.run?.startsWith("parapet scan"))!.run!,
    gl.parapet.script.find((s) => s.startsWith("parapet scan"))!,
    hook,
  ];
  const dir = mkdtempSync(join(tmpdir(), "parapet-ci-"));
  try {
    copyFileSync(join(root, "examples/gate/.cspm-pipeline.yml"), join(dir, ".cspm-pipeline.yml"));
    writeFileSync(
      join(dir, "main.tf"),
      `resource "aws_db_instance" "db" {\n  identifier        = "db"\n  storage_encrypted = true\n}\n`,
    );
    for (const cmd of commands) {
      const args = cmd.trim().split(/\s+/).slice(1);
      const r = spawnSync(process.execPath, [join(root, "src/cli/main.ts"), ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, PARAPET_OPA: "/nonexistent" },
      });
      // The database has no customer-managed key: HELIOS-001 blocks, as the gate should, and the
      // job's log names it (in the verdict, or in the table printed just above it).
      assert.equal(r.status, 1, `${cmd}\n${r.stderr}`);
      assert.match(r.stderr, /BLOCKED/);
      assert.match(r.stdout + r.stderr, /HELIOS-001/);
    }
    const sarif = JSON.parse(readFileSync(join(dir, "parapet.sarif"), "utf8")) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    assert.equal(sarif.version, "2.1.0");
    assert.ok(sarif.runs[0]!.results.some((r) => r.ruleId === "HELIOS-001"));
    assert.ok(
      existsSync(join(dir, "parapet.md")) &&
        existsSync(join(dir, "parapet-junit.xml")) &&
        existsSync(join(dir, "parapet.json")),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
