import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectFormat, unreadableReason } from "../../src/sources/formats.ts";
import { scanTargets } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";

const PLAN = JSON.stringify({ format_version: "1.2", terraform_version: "1.9.0", resource_changes: [] });
const CFN_YAML = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";
const CFN_JSON = JSON.stringify({
  AWSTemplateFormatVersion: "2010-09-09",
  Resources: { Q: { Type: "AWS::SQS::Queue" } },
});
const SAM = "Transform: AWS::Serverless-2016-10-31\nParameters:\n  A: {Type: String}\n";

describe("format detection", () => {
  it("tells formats apart by content, whatever the extension", () => {
    const cases: [string, string, string | undefined][] = [
      ["main.tf", "", "terraform"],
      ["x.tfvars", "", undefined],
      ["plan.json", PLAN, "terraform-plan"],
      ["stack.json", CFN_JSON, "cloudformation"],
      ["stack.template", CFN_YAML, "cloudformation"],
      ["template.yml", SAM, "cloudformation"],
      ["infra/stack", CFN_YAML, "cloudformation"],
      ["infra/plan", PLAN, "terraform-plan"],
      ["package.json", '{"name": "x"}', undefined],
      ["ci.yml", "jobs:\n  build: {}\n", undefined],
      ["notes.txt", CFN_YAML, undefined],
      ["README", "hello", undefined],
    ];
    for (const [path, text, want] of cases)
      assert.equal(
        detectFormat(path, () => text),
        want,
        path,
      );
  });

  it("names binary plans as skipped, and stays silent on other files", () => {
    const zip = "PK\u0003\u0004\u0014\u0000\u0000\u0000tfplan";
    assert.match(unreadableReason("out.tfplan", () => zip) ?? "", /terraform show -json/);
    assert.match(unreadableReason("tfplan", () => zip) ?? "", /binary Terraform plan/);
    assert.equal(
      unreadableReason("photo.zip", () => zip),
      undefined,
    );
    assert.equal(
      unreadableReason("ci.yml", () => "jobs: {}"),
      undefined,
    );
  });

  it("counts files of each format in the summary and lists what it skipped, with reasons", async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-formats-")));
    try {
      const files: Record<string, string> = {
        "main.tf": 'resource "aws_sqs_queue" "q" {}\n',
        "plan.json": PLAN,
        "a.yaml": CFN_YAML,
        "b.json": CFN_JSON,
        "empty.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: nothing yet\n",
        "ci.yml": "jobs: {}\n",
        "out.tfplan": "PK\u0003\u0004\u0014\u0000tfplan",
      };
      for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
      const out = await scanTargets({ targets: ["."], cwd: dir, rules: builtinRules() });
      assert.deepEqual(out.report.summary.files, { terraform: 1, "terraform-plan": 1, cloudformation: 2 });
      const skipped = Object.fromEntries((out.report.skipped ?? []).map((s) => [s.file, s.reason]));
      assert.deepEqual(Object.keys(skipped).sort(), ["empty.yaml", "out.tfplan"]);
      assert.match(skipped["empty.yaml"]!, /no Resources/);
      assert.deepEqual(out.report.errors, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
