import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileCustomRule } from "../../src/policy/cel/custom-rule.ts";
import { ConfigError, type LocatedRule } from "../../src/config/load.ts";
import { scanTargets } from "../../src/engine/scan.ts";

const spec = (over: Partial<LocatedRule>): LocatedRule => ({
  id: "T-1",
  description: "test rule",
  resource_type: "aws_db_instance",
  condition: "true",
  severity: "high",
  file: "p.yml",
  line: 2,
  condition_line: 5,
  ...over,
});

async function run(tf: string, rule: LocatedRule) {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cel-"));
  try {
    writeFileSync(join(dir, "main.tf"), tf);
    const r = compileCustomRule(rule);
    const s = await scanTargets({ targets: [dir], cwd: dir, rules: [r] });
    return s.results
      .filter((x) => !(x.status === "skip" && !x.unknown))
      .map((x) => [x.resource.source.address, x.unknown ? "unknown" : x.status]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a condition that does not compile, or is not boolean, fails at load naming the rule and line", () => {
  assert.throws(
    () => compileCustomRule(spec({ condition: "resource.raw. ==" })),
    (e) =>
      e instanceof ConfigError && /^p\.yml:5: custom rule T-1: condition does not compile/.test(e.message),
  );
  assert.throws(
    () => compileCustomRule(spec({ condition: '"yes"' })),
    /p\.yml:5: custom rule T-1: condition must be true or false/,
  );
});

test("a comparison with an unknown value is unknown, whichever way it would have compared", async () => {
  const tf = `variable "k" { type = string }\nresource "aws_db_instance" "a" { kms_key_id = var.k }\nresource "aws_db_instance" "b" { kms_key_id = "alias/x" }\n`;
  assert.deepEqual(await run(tf, spec({ condition: 'resource.raw.kms_key_id == "alias/x"' })), [
    ["aws_db_instance.a", "unknown"],
    ["aws_db_instance.b", "pass"],
  ]);
  assert.deepEqual(await run(tf, spec({ condition: 'resource.raw.kms_key_id != "alias/x"' })), [
    ["aws_db_instance.a", "unknown"],
    ["aws_db_instance.b", "fail"],
  ]);
  // A verdict that does not read the unknown stands.
  assert.deepEqual(await run(tf, spec({ condition: 'resource.name != "zzz"' })), [
    ["aws_db_instance.a", "pass"],
    ["aws_db_instance.b", "pass"],
  ]);
});

test("common types, graph neighbours and joined blocks are matchable; the finding points at the block", async () => {
  const tf = `resource "aws_s3_bucket" "b" { bucket = "x" }\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration { status = "Suspended" }\n}\n`;
  const dir = mkdtempSync(join(tmpdir(), "parapet-cel-"));
  try {
    writeFileSync(join(dir, "main.tf"), tf);
    const rule = compileCustomRule(
      spec({
        resource_type: "aws_s3_bucket_versioning",
        condition:
          'resource.raw.versioning_configuration[0].status == "Enabled" && resource.primary.type == "cloud_storage_bucket"',
      }),
    );
    const s = await scanTargets({ targets: [dir], cwd: dir, rules: [rule] });
    assert.equal(s.report.findings.length, 1);
    assert.equal(s.report.findings[0]!.location?.start_line, 2);
    assert.equal(s.report.findings[0]!.rule_id, "T-1");
    const common = compileCustomRule(
      spec({
        resource_type: "cloud_storage_bucket",
        condition: 'resource.parts.exists(p, p.native_type == "aws_s3_bucket_versioning")',
      }),
    );
    const s2 = await scanTargets({ targets: [dir], cwd: dir, rules: [common] });
    assert.deepEqual(
      s2.results.filter((r) => r.status !== "skip").map((r) => r.status),
      ["pass"],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const sg = `resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }\nresource "aws_security_group" "g" { vpc_id = aws_vpc.v.id }\n`;
  assert.deepEqual(
    await run(
      sg,
      spec({
        resource_type: "network",
        condition:
          'resource.related.exists(n, n.direction == "in" && n.resource.native_type == "aws_security_group")',
      }),
    ),
    [["aws_vpc.v", "pass"]],
  );
});
