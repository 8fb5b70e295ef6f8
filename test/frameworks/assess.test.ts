import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { assessControls } from "../../src/frameworks/assess.ts";
import type { Framework } from "../../src/frameworks/catalog.ts";
import { sampleScan } from "../report/sample.ts";

const fw: Framework = {
  id: "t",
  name: "T",
  version: "1",
  controls: [
    { id: "fail", title: "", automated: true, rules: ["test-bucket-private"] },
    { id: "unknown", title: "", automated: true, rules: ["test-bucket-named"] },
    { id: "manual", title: "", automated: false, rules: [] },
    { id: "na", title: "", automated: true, rules: ["rule-with-no-resources"] },
  ],
};

describe("control assessment", () => {
  it("fails on unmuted failures, is unknown on errors, manual without rules, n/a without resources", () => {
    const { report, ctx } = sampleScan();
    const out = assessControls([fw], ctx.results!, report.findings);
    assert.deepEqual(
      out.map((c) => [c.control, c.status, c.passed, c.failed]),
      [
        ["fail", "fail", 3, 2], // two public buckets; the muted one counts with the passes
        ["unknown", "unknown", 4, 0], // one rule error, never a pass
        ["manual", "manual", 0, 0],
        ["na", "not_applicable", 0, 0],
      ],
    );
  });

  it("passes when every judged resource passed", () => {
    const { report, ctx } = sampleScan();
    const passing = ctx.results!.filter((r) => r.status === "pass");
    const [c] = assessControls([{ ...fw, controls: [fw.controls[0]!] }], passing, report.findings);
    assert.equal(c!.status, "pass");
  });
});
