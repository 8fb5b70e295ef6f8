import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadSettings, parseDuration } from "../../src/lifecycle/settings.ts";

const DAY = 86400_000;

test("durations", () => {
  assert.equal(parseDuration("90d"), 90 * DAY);
  assert.equal(parseDuration("24h"), DAY);
  assert.equal(parseDuration("2w"), 14 * DAY);
  assert.equal(parseDuration("soon"), undefined);
});

test("the guide's pipeline config sets exception limits, SLAs and drift relevance", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-settings-"));
  assert.equal(loadSettings(dir).maxExceptionMs, 90 * DAY);
  writeFileSync(
    join(dir, "parapet.yaml"),
    [
      "policy_pack: x",
      "exceptions:",
      '  max_exception_duration: "60d"',
      '  default_exception_duration: "14d"',
      "sla:",
      '  critical: "12h"',
      "drift:",
      "  relevance:",
      '    - { type: "compute_instance", attribute: "instance_type", level: ignore }',
    ].join("\n"),
  );
  const s = loadSettings(dir);
  assert.deepEqual([s.maxExceptionMs, s.defaultExceptionMs], [60 * DAY, 14 * DAY]);
  assert.deepEqual([s.sla.critical, s.sla.high], [DAY / 2, 7 * DAY]);
  assert.deepEqual(s.relevance, [{ type: "compute_instance", attribute: "instance_type", level: "ignore" }]);
});

test("a bad setting is an error naming the file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-settings-"));
  const file = join(dir, "parapet.yaml");
  writeFileSync(file, "exceptions:\n  max_exception_duration: forever\n");
  assert.throws(
    () => loadSettings(dir),
    new RegExp(`${file.replace(/[.]/g, "\\.")}:2: exceptions.max_exception_duration`),
  );
  writeFileSync(file, "drift:\n  relevance:\n    - { attribute: x, level: huge }\n");
  assert.throws(() => loadSettings(dir), /parapet\.yaml:3: drift\.relevance\[0\]/);
});

test("the guide's .cspm-pipeline.yml, found like the gate finds it, limits exception duration", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-settings-"));
  writeFileSync(
    join(dir, ".cspm-pipeline.yml"),
    'exceptions:\n  require_approval_from: ["cloud-security-team"]\n  max_exception_duration: "30d"\n  require_risk_justification: true\n',
  );
  const s = loadSettings(dir);
  assert.equal(s.maxExceptionMs, 30 * DAY);
  assert.equal(s.file, join(dir, ".cspm-pipeline.yml"));
});
