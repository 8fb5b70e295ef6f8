import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ConfigError, parseConfig } from "../../src/config/load.ts";
import { selectFromConfig } from "../../src/config/framework-selection.ts";
import { loadFrameworks } from "../../src/frameworks/catalog.ts";

const guide = readFileSync(new URL("../../examples/gate/.cspm-pipeline.yml", import.meta.url), "utf8");

test("the guide's gate file loads as written", () => {
  const c = parseConfig(guide, "gate.yml", "/tmp");
  assert.deepEqual(c.thresholds, { block: "critical", warn: "medium", ignore: "low" });
  assert.deepEqual(c.exclude, ["modules/test/**", "environments/sandbox/**"]);
  assert.deepEqual(
    c.customRules.map((r) => [r.id, r.resource_type, r.severity]),
    [
      ["HELIOS-001", "aws_rds_instance", "critical"],
      ["HELIOS-002", "aws_db_subnet_group", "critical"],
      ["HELIOS-003", "aws_s3_bucket_versioning", "high"],
    ],
  );
  assert.equal(c.notifications?.on_block?.[0]?.mention, "@cloud-security-oncall");
  assert.equal(c.exceptions?.max_exception_duration, "90d");
  assert.equal(c.framework?.text, "custom + CIS");
});

function error(text: string): string {
  try {
    parseConfig(text, "p.yml", "/tmp");
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e));
    return e.message;
  }
  assert.fail("expected a ConfigError");
}

test("an unknown key is an error at its own line", () => {
  const msg = error("scan_config:\n  severity_threshold:\n    block_deplyment: critical\n");
  assert.match(msg, /^p\.yml:3: unknown key "block_deplyment" in scan_config\.severity_threshold/);
});

test("a wrong type names file, line, path and what was expected", () => {
  const msg = error(
    "custom_rules:\n  - id: X-1\n    description: d\n    resource_type: t\n    condition: 'true'\n    severity: urgent\n",
  );
  assert.match(
    msg,
    /^p\.yml:6: custom_rules\[0\]\.severity: expected one of critical, high, medium, low, info, got "urgent"/,
  );
  assert.match(
    error("scan_config:\n  exclude_paths: modules/**\n"),
    /^p\.yml:2: scan_config\.exclude_paths: .*expected array/,
  );
});

test("thresholds out of order and duplicate rule ids are errors", () => {
  assert.match(
    error("scan_config:\n  severity_threshold:\n    block_deployment: medium\n    warn_only: high\n"),
    /^p\.yml:4: .*warn_only: high is more severe than block_deployment/,
  );
  const rule = (id: string) =>
    `  - id: ${id}\n    description: d\n    resource_type: t\n    condition: 'true'\n    severity: low\n`;
  assert.match(
    error(`custom_rules:\n${rule("A")}${rule("A")}`),
    /^p\.yml:7: custom_rules\[1\]: id A is already used at line 2/,
  );
});

test("YAML syntax errors carry their line", () => {
  assert.match(error("scan_config:\n  framework: [\n"), /^p\.yml:\d+: /);
});

test('"custom + CIS" selects custom rules and every CIS framework', () => {
  const all = loadFrameworks();
  const s = selectFromConfig("custom + CIS", all, "p.yml:2");
  assert.equal(s.custom, true);
  assert.ok(s.builtin !== "all" && s.builtin.length > 0 && s.builtin.every((f) => f.id.startsWith("cis-")));
  assert.deepEqual(selectFromConfig(undefined, all, ""), { builtin: "all", custom: true });
  assert.throws(
    () => selectFromConfig("custom + ISO", all, "p.yml:2"),
    /p\.yml:2: scan_config\.framework: unknown term "ISO"/,
  );
  assert.throws(() => selectFromConfig("cis-oracle", all, "p.yml:2"), /unknown term "cis-oracle"/);
});
