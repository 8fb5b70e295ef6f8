import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { checkMapping, parseMapping } from "../../eval/kics/mapping.ts";

describe("parseMapping", () => {
  it("reads one query per line with comma-separated rules, skipping comments and blank lines", () => {
    const m = parseMapping("# header comment\n\nq_one\trule-a\nq_two\t rule-b , rule-c,rule-b\n", "m.tsv");
    assert.deepEqual(m.problems, []);
    assert.deepEqual(m.queries.get("q_one"), { rules: ["rule-a"], line: 3 });
    assert.deepEqual(m.queries.get("q_two"), { rules: ["rule-b", "rule-c"], line: 4 });
  });

  it("names file and line of a malformed or repeated line", () => {
    const m = parseMapping(
      "q_one rule-a\nq_two\trule-a\nq_two\trule-b\nq_three\t\nterraform/aws/q\trule-a\n",
      "m.tsv",
    );
    assert.deepEqual(m.problems, [
      'm.tsv:1: expected "<query folder><TAB><rule id>[,<rule id>...]", found 1 column(s)',
      "m.tsv:3: q_two is already mapped on line 2: list all its rules on one line",
      "m.tsv:4: no valid rule id",
      'm.tsv:5: "terraform/aws/q" is not a query folder name',
    ]);
    assert.deepEqual([...m.queries.keys()], ["q_two"]);
  });
});

describe("checkMapping", () => {
  it("drops unknown queries and rules, naming each", () => {
    const m = parseMapping("q_one\trule-a,rule-x\nq_gone\trule-a\nq_two\trule-y\n", "m.tsv");
    const checked = checkMapping(m, "m.tsv", new Set(["q_one", "q_two"]), new Set(["rule-a"]));
    assert.deepEqual(checked.problems, [
      "m.tsv:1: no built-in rule rule-x",
      "m.tsv:2: no query folder q_gone in the corpus",
      "m.tsv:3: no built-in rule rule-y",
    ]);
    assert.deepEqual([...checked.queries], [["q_one", { rules: ["rule-a"], line: 1 }]]);
  });
});
