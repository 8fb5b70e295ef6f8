import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { stringify } from "yaml";
import { builtinRules } from "../../src/rules/index.ts";
import { runCase, type RuleCase } from "../../src/rules/testing/tester.ts";
import { MATRIX, type Attrs } from "./matrix.ts";

/** Terraform attributes (JSON shape: nested blocks are lists of objects) written as HCL. */
function hcl(type: string, attrs: Attrs): string {
  const body = (a: Attrs, indent: string): string =>
    Object.entries(a)
      .map(([k, v]) => {
        if (
          Array.isArray(v) &&
          v.length > 0 &&
          v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))
        )
          return v.map((b) => `${indent}${k} {\n${body(b as Attrs, indent + "  ")}${indent}}\n`).join("");
        return `${indent}${k} = ${JSON.stringify(v)}\n`;
      })
      .join("");
  return `resource "${type}" "this" {\n${body(attrs, "  ")}}\n`;
}

/** The same attributes as `terraform show -json` would plan them. */
function plan(type: string, attrs: Attrs): string {
  return JSON.stringify(
    {
      format_version: "1.2",
      terraform_version: "1.9.0",
      resource_changes: [
        {
          address: `${type}.this`,
          mode: "managed",
          type,
          name: "this",
          change: { actions: ["create"], before: null, after: attrs, after_unknown: { id: true, arn: true } },
        },
      ],
      configuration: {
        root_module: {
          resources: [{ address: `${type}.this`, type, name: "this", expressions: constants(attrs) }],
        },
      },
    },
    null,
    2,
  );
}

function constants(attrs: Attrs): Attrs {
  return Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [
      k,
      Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null)
        ? v.map((b) => constants(b as Attrs))
        : { constant_value: v },
    ]),
  );
}

function cloudformation(type: string, props: Attrs): string {
  return stringify({
    AWSTemplateFormatVersion: "2010-09-09",
    Resources: { Thing: { Type: type, Properties: props } },
  });
}

/** ARM resources in a template shaped like `bicep build` output (its `metadata._generator`). */
function arm(resources: Attrs[]): string {
  return JSON.stringify(
    {
      $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      contentVersion: "1.0.0.0",
      metadata: { _generator: { name: "bicep", version: "0.30.23.60470", templateHash: "1" } },
      resources,
    },
    null,
    2,
  );
}

type Variant = {
  format: RuleCase["format"];
  bad: Omit<RuleCase, "name" | "format">;
  good: Omit<RuleCase, "name" | "format">;
};

function variants(c: (typeof MATRIX)[number]): Variant[] {
  const out: Variant[] = [];
  if (c.terraform) {
    const { type, bad, good } = c.terraform;
    out.push({ format: "terraform", bad: { files: hcl(type, bad) }, good: { files: hcl(type, good) } });
    out.push({
      format: "terraform-plan",
      bad: { files: plan(type, bad) },
      good: { files: plan(type, good) },
    });
  }
  if (c.terraformFiles) {
    const { bad, good } = c.terraformFiles;
    out.push({ format: "terraform", bad: { files: bad.hcl }, good: { files: good.hcl } });
    out.push({ format: "terraform-plan", bad: { files: bad.plan }, good: { files: good.plan } });
  }
  if (c.cloudformation) {
    const { type, bad, good } = c.cloudformation;
    out.push({
      format: "cloudformation",
      bad: { files: cloudformation(type, bad) },
      good: { files: cloudformation(type, good) },
    });
  }
  if (c.arm) out.push({ format: "arm", bad: { files: arm(c.arm.bad) }, good: { files: arm(c.arm.good) } });
  if (c.live) out.push({ format: "aws", bad: { resources: c.live.bad }, good: { resources: c.live.good } });
  return out;
}

const rules = new Map(builtinRules().map((r) => [r.id, r]));

describe("cross-format parity", () => {
  it("covers at least 15 concerns, each in Terraform, its plan and CloudFormation where CloudFormation can say it", () => {
    assert.ok(MATRIX.length >= 15, `${MATRIX.length} concerns`);
    for (const c of MATRIX) {
      const formats = variants(c).map((v) => v.format);
      assert.ok(formats.includes("terraform") && formats.includes("terraform-plan"), c.concern);
      assert.ok(rules.has(c.rule), `rule ${c.rule} exists`);
    }
    assert.ok(MATRIX.filter((c) => c.cloudformation).length >= 15);
    assert.ok(MATRIX.filter((c) => c.arm).length >= 10, "ARM where the concern exists on Azure");
  });

  for (const c of MATRIX) {
    describe(`${c.concern} (${c.rule})`, () => {
      for (const v of variants(c)) {
        it(`fires on the misconfiguration [${v.format}]`, async () => {
          const out = await runCase(rules.get(c.rule)!, { name: c.concern, format: v.format, ...v.bad });
          assert.deepEqual(out.report.errors, []);
          const ids = out.report.findings.map((f) => f.rule_id);
          assert.ok(
            ids.includes(c.rule),
            `expected ${c.rule}; got ${out.results.map((r) => `${r.status}${r.reason ? `(${r.reason})` : ""}`).join(", ")}`,
          );
        });
        it(`passes the corrected version [${v.format}]`, async () => {
          const out = await runCase(rules.get(c.rule)!, { name: c.concern, format: v.format, ...v.good });
          assert.deepEqual(out.report.errors, []);
          assert.deepEqual(
            out.report.findings.filter((f) => f.rule_id === c.rule).map((f) => f.message),
            [],
          );
          assert.ok(
            out.results.some((r) => r.rule.id === c.rule && r.status === "pass"),
            "judged and passed",
          );
        });
      }
    });
  }
});
