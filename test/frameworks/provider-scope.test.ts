import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { assessControls } from "../../src/frameworks/assess.ts";
import { complianceFor, complianceIndex, type Framework } from "../../src/frameworks/catalog.ts";
import { rulesOfFrameworks } from "../../src/config/framework-selection.ts";
import type { RuleResult } from "../../src/engine/evaluate.ts";
import type { Resource } from "../../src/model/resource.ts";
import type { Rule } from "../../src/rules/rule.ts";
import type { ScanReport } from "../../src/engine/report-model.ts";

// One cross-cloud rule, mapped by two clouds' CIS files and by a framework without a provider.
const control = (rule: string) => [{ id: "1", title: "", automated: true, rules: [rule] }];
const cisAws: Framework = { id: "x-aws", name: "", version: "", provider: "aws", controls: control("r") };
const cisAzure: Framework = {
  id: "x-azure",
  name: "",
  version: "",
  provider: "azure",
  controls: control("r"),
};
const anyCloud: Framework = { id: "x-any", name: "", version: "", controls: control("r") };

const rule = { id: "r", providers: ["aws", "azure", "gcp"] } as unknown as Rule;
const resource = (provider: Resource["provider"]) =>
  ({ uid: `${provider}-thing`, provider }) as unknown as Resource;
const result = (provider: Resource["provider"], status: RuleResult["status"]): RuleResult => ({
  rule,
  resource: resource(provider),
  status,
});

describe("a framework with a provider applies only to that provider's resources", () => {
  it("attaches a provider's controls only to findings on its resources", () => {
    const index = complianceIndex([cisAws, cisAzure, anyCloud]);
    assert.deepEqual(complianceFor(index, "r", "aws"), [
      { framework: "x-aws", control: "1" },
      { framework: "x-any", control: "1" },
    ]);
    assert.deepEqual(complianceFor(index, "r", "gcp"), [{ framework: "x-any", control: "1" }]);
  });

  it("judges a provider's controls only on its resources", () => {
    const results = [result("aws", "pass"), result("azure", "fail")];
    const status = assessControls([cisAws, cisAzure, anyCloud], results, []).map((c) => [
      c.framework,
      c.status,
      c.passed,
      c.failed,
    ]);
    assert.deepEqual(status, [
      ["x-aws", "pass", 1, 0],
      ["x-azure", "fail", 0, 1],
      ["x-any", "fail", 1, 1],
    ]);
    assert.equal(assessControls([cisAws], [result("azure", "fail")], [])[0]!.status, "not_applicable");
  });

  it("narrows a selected rule to the providers its frameworks judge", () => {
    assert.deepEqual(rulesOfFrameworks([rule], [cisAws])[0]!.providers, ["aws"]);
    assert.deepEqual(rulesOfFrameworks([rule], [cisAws, cisAzure])[0]!.providers, ["aws", "azure"]);
    assert.equal(rulesOfFrameworks([rule], [cisAws, anyCloud])[0], rule);
    assert.deepEqual(rulesOfFrameworks([rule], [{ ...cisAws, controls: control("other") }]), []);
  });

  it("scan --framework keeps one cloud's benchmark off another cloud's resources", () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const run = spawnSync(
      process.execPath,
      [join(root, "src/cli/main.ts"), "scan", "examples/breach-scenarios/aws"]
        .concat(["--framework", "cis-aws", "--framework", "cis-azure", "--framework", "cis-gcp"])
        .concat(["-f", "json", "--no-store", "-q", "--fail-on", "none"]),
      { cwd: root, encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ScanReport;
    assert.ok(report.findings.length > 0);
    for (const f of report.findings) {
      assert.equal(f.resource.provider, "aws", f.resource.uid);
      assert.deepEqual(
        f.compliance.filter((c) => c.framework.startsWith("cis-") && c.framework !== "cis-aws"),
        [],
        `${f.rule_id} on ${f.resource.uid}`,
      );
    }
    const judged = report.controls!.filter((c) => c.framework !== "cis-aws" && c.passed + c.failed > 0);
    assert.deepEqual(judged, []);
  });
});
