/**
 * The rule tester: every rule proves itself on cases that must fail and cases that must pass,
 * each written in a named source format and run through the real pipeline (discovery, loader,
 * normalizer, graph, evaluation). A pass case must actually be judged by the rule — a case
 * the rule does not apply to proves nothing, so it fails the test.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Resource } from "../../model/resource.ts";
import type { Rule } from "../rule.ts";
import { finishScan, scanTargets, type ScanOutcome } from "../../engine/scan.ts";

export type CaseFormat =
  "terraform" | "terraform-plan" | "cloudformation" | "kubernetes" | "arm" | "aws" | "azure" | "gcp";

export interface RuleCase {
  name: string;
  format: CaseFormat;
  /** IaC cases: file contents, or one file's text (named for its format: main.tf, template.yaml, …). */
  files?: Record<string, string> | string;
  /** Live-shape cases: resources as a live collector's normalizer produced them. */
  resources?: () => Resource[] | Promise<Resource[]>;
  /** Fail cases: the line the finding must point at (in the first file). */
  line?: number;
  /** Fail cases: the config path the failure must name. */
  path?: string;
  /** Fail cases: text the message must contain. */
  message?: string | RegExp;
}

const DEFAULT_FILE: Record<CaseFormat, string> = {
  terraform: "main.tf",
  "terraform-plan": "plan.json",
  cloudformation: "template.yaml",
  kubernetes: "manifest.yaml",
  arm: "template.json",
  aws: "",
  azure: "",
  gcp: "",
};

export async function runCase(rule: Rule, c: RuleCase): Promise<ScanOutcome> {
  if (c.resources) {
    return finishScan({
      started: new Date(),
      targets: [c.name],
      resources: await c.resources(),
      rules: [rule],
      errors: [],
      nothingScanned: false,
    });
  }
  const files = typeof c.files === "string" ? { [DEFAULT_FILE[c.format]]: c.files } : (c.files ?? {});
  const dir = mkdtempSync(join(tmpdir(), "parapet-case-"));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return await scanTargets({ targets: ["."], cwd: dir, rules: [rule] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function ruleTester(rule: Rule, cases: { fail: RuleCase[]; pass: RuleCase[] }): void {
  describe(rule.id, () => {
    it("has complete metadata", () => {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)+$/);
      assert.ok(
        rule.title && rule.rationale && rule.remediation.text,
        "title, rationale and remediation text",
      );
      assert.ok(rule.providers.length > 0 && rule.resource_types.length > 0);
    });
    it("has cases that must fail and cases that must pass", () => {
      assert.ok(cases.fail.length > 0, "at least one failing case");
      assert.ok(cases.pass.length > 0, "at least one passing case");
    });
    for (const c of cases.fail) {
      it(`fails: ${c.name} [${c.format}]`, async () => {
        const out = await runCase(rule, c);
        assert.deepEqual(out.report.errors, [], "the case loads without errors");
        const mine = out.report.findings.filter((f) => f.rule_id === rule.id);
        assert.ok(mine.length > 0, `expected a ${rule.id} finding; results: ${describeResults(out)}`);
        const f = mine[0]!;
        if (c.line !== undefined) assert.equal(f.location?.start_line, c.line, "finding line");
        if (c.path !== undefined) assert.equal(f.path, c.path, "offending path");
        if (c.message !== undefined) {
          if (typeof c.message === "string")
            assert.ok(f.message.includes(c.message), `message "${f.message}"`);
          else assert.match(f.message, c.message);
        }
      });
    }
    for (const c of cases.pass) {
      it(`passes: ${c.name} [${c.format}]`, async () => {
        const out = await runCase(rule, c);
        assert.deepEqual(out.report.errors, [], "the case loads without errors");
        const mine = out.report.findings.filter((f) => f.rule_id === rule.id);
        assert.deepEqual(
          mine.map((f) => f.message),
          [],
          "no finding expected",
        );
        const judged = out.results.filter((r) => r.rule.id === rule.id && r.status === "pass");
        assert.ok(
          judged.length > 0,
          `the rule must judge the case and pass it; results: ${describeResults(out)}`,
        );
      });
    }
  });
}

function describeResults(out: ScanOutcome): string {
  const rs = out.results.map(
    (r) => `${r.resource.type}:${r.resource.name}=${r.status}${r.reason ? `(${r.reason})` : ""}`,
  );
  return `${out.resources.length} resources [${out.resources.map((r) => r.native_type + "→" + r.type).join(", ")}]; ${rs.join(", ") || "no results"}`;
}
