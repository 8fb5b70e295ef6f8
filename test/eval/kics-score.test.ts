import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { QueryCase } from "../../eval/kics/corpus.ts";
import type { SampleScan, Verdict } from "../../eval/kics/scan-sample.ts";
import { diagnose, hitAtLine, hitByRules, percent, scoreQuery, sumPlatform } from "../../eval/kics/score.ts";

/** A sample with one bucket (lines 1-10, a joined block at 20-24) and one key (lines 30-35). */
function sample(file: string, verdicts: Verdict[]): SampleScan {
  return {
    file,
    read: true,
    resources: [
      {
        uid: `${file}#bucket`,
        type: "cloud_storage_bucket",
        native_type: "aws_s3_bucket",
        spans: [
          { start: 1, end: 10 },
          { start: 20, end: 24 },
        ],
      },
      { uid: `${file}#key`, type: "kms_key", native_type: "aws_kms_key", spans: [{ start: 30, end: 35 }] },
    ],
    verdicts,
    errors: [],
  };
}

const fail = (rule: string, uid: string, start: number, end = start): Verdict => ({
  rule,
  uid,
  status: "fail",
  location: { start, end },
});

describe("hitByRules", () => {
  const s = sample("p.tf", [fail("bucket-rule", "p.tf#bucket", 4), fail("other", "p.tf#key", 31)]);
  it("hits on the finding's line, anywhere in its resource block, and in a block joined into it", () => {
    for (const line of [4, 1, 10, 22])
      assert.equal(hitByRules(s, line, new Set(["bucket-rule"])), true, `line ${line}`);
  });
  it("misses lines of other resources, and failures of rules that are not mapped", () => {
    assert.equal(hitByRules(s, 12, new Set(["bucket-rule"])), false);
    assert.equal(hitByRules(s, 31, new Set(["bucket-rule"])), false);
    assert.equal(hitByRules(s, 4, new Set(["other"])), false);
  });
  it("does not count passes", () => {
    const passed = sample("p.tf", [{ rule: "bucket-rule", uid: "p.tf#bucket", status: "pass" }]);
    assert.equal(hitByRules(passed, 1, new Set(["bucket-rule"])), false);
  });
});

describe("hitAtLine", () => {
  it("counts a failure starting on the line or an attribute span around it, not the whole block", () => {
    const s = sample("p.tf", [fail("a", "p.tf#bucket", 3, 6), fail("b", "p.tf#key", 30, 35)]);
    assert.equal(hitAtLine(s, 3), true);
    assert.equal(hitAtLine(s, 5), true);
    assert.equal(hitAtLine(s, 30), true);
    assert.equal(hitAtLine(s, 32), false);
    assert.equal(hitAtLine(s, 8), false);
  });
});

describe("diagnose", () => {
  it("says what the mapped rule did on the resource at the line", () => {
    const s = sample("p.tf", [
      { rule: "r", uid: "p.tf#bucket", status: "skip", unknown: true, reason: "acl is unknown" },
      fail("r", "p.tf#key", 31),
    ]);
    assert.equal(
      diagnose(s, 2, ["r"]),
      "r unknown on aws_s3_bucket (cloud_storage_bucket): acl is unknown; r fails at line 31 instead",
    );
    assert.equal(diagnose(s, 15, ["r"]), "no normalized resource at this line; r fails at line 31 instead");
    assert.equal(diagnose(s, 2, ["q"]), "q does not apply to aws_s3_bucket (cloud_storage_bucket)");
    assert.equal(
      diagnose({ ...s, read: false, errors: ["skipped: arm is not supported yet"] }, 2, ["r"]),
      "not read: skipped: arm is not supported yet",
    );
    assert.equal(diagnose(undefined, 2, ["r"]), "sample not scanned");
  });
});

describe("scoreQuery and sumPlatform", () => {
  const q: QueryCase = {
    dir: "bucket_query",
    name: "Bucket query",
    testDir: "/nowhere",
    positives: ["positive1.tf", "positive2.tf"],
    negatives: ["negative1.tf", "negative2.tf"],
    support: [],
    expected: [
      { file: "positive1.tf", line: 4 },
      { file: "positive1.tf", line: 32 },
      { file: "positive2.tf", line: 2 },
    ],
    problems: [],
  };
  const scans = new Map([
    [
      "positive1.tf",
      sample("positive1.tf", [fail("r", "positive1.tf#bucket", 4), fail("x", "positive1.tf#key", 32)]),
    ],
    ["positive2.tf", sample("positive2.tf", [])],
    [
      "negative1.tf",
      sample("negative1.tf", [fail("r", "negative1.tf#bucket", 1), fail("r", "negative1.tf#key", 30)]),
    ],
    ["negative2.tf", sample("negative2.tf", [fail("x", "negative2.tf#bucket", 1)])],
  ]);

  it("scores a mapped query: hits, misses with a diagnosis, false positives of mapped rules only", () => {
    const s = scoreQuery(q, ["r"], scans);
    assert.equal(s.expected, 3);
    assert.equal(s.hits, 1);
    assert.deepEqual(
      s.misses.map((m) => `${m.file}:${m.line}`),
      ["positive1.tf:32", "positive2.tf:2"],
    );
    assert.equal(
      s.misses[0]?.diagnosis,
      "r does not apply to aws_kms_key (kms_key); r fails at line 4 instead",
    );
    assert.equal(s.negatives, 2);
    assert.equal(s.flaggedNegatives, 1);
    assert.deepEqual(
      s.falsePositives.map((f) => `${f.file}:${f.line} ${f.rule}`),
      ["negative1.tf:1 r", "negative1.tf:30 r"],
    );
  });

  it("scores an unmapped query at line level by any rule and judges no negatives", () => {
    const s = scoreQuery(q, undefined, scans);
    assert.equal(s.hits, 2);
    assert.equal(s.negatives, 0);
    assert.deepEqual(s.falsePositives, []);
  });

  it("sums mapped and unmapped queries apart", () => {
    const p = sumPlatform("terraform/aws", [
      scoreQuery(q, ["r"], scans),
      scoreQuery({ ...q, dir: "other" }, undefined, scans),
    ]);
    assert.deepEqual(
      [p.queries, p.mapped, p.expected, p.hits, p.negatives, p.flaggedNegatives, p.falsePositives.length],
      [2, 1, 3, 1, 2, 1, 2],
    );
    assert.deepEqual([p.unmappedQueries, p.unmappedExpected, p.unmappedHits], [1, 3, 2]);
    assert.equal(p.misses.length, 2);
    assert.equal(p.unmappedMisses.length, 1);
  });

  it("writes percentages with one decimal and a dash for nothing", () => {
    assert.equal(percent(1, 3), "33.3%");
    assert.equal(percent(0, 0), "–");
  });
});
