import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeTable } from "../../src/report/table.ts";
import type { ControlResult } from "../../src/engine/report-model.ts";
import { sampleScan } from "./sample.ts";

const ctl = (framework: string, control: string, status: ControlResult["status"]): ControlResult => ({
  framework,
  control,
  title: `title ${control}`,
  automated: status !== "manual",
  status,
  passed: 0,
  failed: status === "fail" ? 1 : 0,
});

describe("table per-control section", () => {
  // The sample scan holds AWS resources only.
  const { report, ctx } = sampleScan();
  report.controls = [
    ctl("cis-aws", "2.1.1", "fail"),
    ctl("cis-aws", "1.1", "manual"),
    ctl("cis-aws", "1.2", "manual"),
    ctl("cis-gcp", "5.1", "not_applicable"),
    ctl("cis-gcp", "1.1", "manual"),
    ctl("soc2", "CC1.1", "manual"),
  ];

  it("lists automated controls and counts manual ones in one line per framework", () => {
    const out = writeTable(report, ctx);
    assert.match(out, /FAIL\s+2\.1\.1\s+title 2\.1\.1/);
    assert.doesNotMatch(out, /title 1\.1|title 1\.2|title CC1\.1/);
    assert.equal(out.match(/MANUAL\s+2 controls need a manual review/g)?.length, 1);
    assert.equal(out.match(/MANUAL\s+1 controls need a manual review/g)?.length, 1); // SOC 2
  });

  it("leaves out a framework whose provider had no resources in the scan", () => {
    const out = writeTable(report, ctx);
    assert.doesNotMatch(out, /COMPLIANCE CIS Google Cloud/);
    assert.match(out, /Not shown, no resources of their provider in this scan: CIS Google Cloud/);
    assert.match(out, /COMPLIANCE CIS Amazon Web Services/);
    // Read back from JSON, without the evaluations: a framework that judged nothing is left out.
    const { results: _results, ...readBack } = ctx;
    assert.doesNotMatch(writeTable(report, readBack), /COMPLIANCE CIS Google Cloud/);
  });
});
