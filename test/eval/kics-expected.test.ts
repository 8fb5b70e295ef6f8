import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseExpected } from "../../eval/kics/expected.ts";

describe("parseExpected", () => {
  it("reads every spelling of the file key and counts each (file, line) pair once", () => {
    const text = JSON.stringify([
      { queryName: "q", severity: "HIGH", line: 3, fileName: "positive1.tf" },
      { queryName: "q", severity: "HIGH", line: 3, filename: "positive1.tf" },
      { queryName: "q", severity: "HIGH", line: 7, fineName: "positive2.tf", extra: true },
      { queryName: "q", severity: "HIGH", line: 7, fileName: "positive1.tf" },
    ]);
    const r = parseExpected(text, ["positive1.tf", "positive2.tf"]);
    assert.deepEqual(r.pairs, [
      { file: "positive1.tf", line: 3 },
      { file: "positive2.tf", line: 7 },
      { file: "positive1.tf", line: 7 },
    ]);
    assert.deepEqual(r.problems, []);
  });

  it("gives entries without a file name to the only positive sample", () => {
    const r = parseExpected(JSON.stringify([{ line: 2 }, { line: 2 }, { line: 9 }]), ["positive.tf"]);
    assert.deepEqual(r.pairs, [
      { file: "positive.tf", line: 2 },
      { file: "positive.tf", line: 9 },
    ]);
  });

  it("reports, and does not guess, a missing file name when there are several positives", () => {
    const r = parseExpected(JSON.stringify([{ line: 2 }]), ["positive1.tf", "positive2.tf"]);
    assert.deepEqual(r.pairs, []);
    assert.match(r.problems[0] ?? "", /entry 0: names no file .* 2 positive samples/);
  });

  it("reports bad lines and bad JSON instead of throwing", () => {
    assert.match(parseExpected("{", ["p.tf"]).problems[0] ?? "", /not JSON/);
    assert.match(parseExpected("{}", ["p.tf"]).problems[0] ?? "", /not a JSON array/);
    const r = parseExpected(JSON.stringify([{ line: "4" }, { line: 0 }, 5]), ["p.tf"]);
    assert.deepEqual(r.problems, [
      "entry 0: line is not a positive integer",
      "entry 1: line is not a positive integer",
      "entry 2: not an object",
    ]);
  });
});
