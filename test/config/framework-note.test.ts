import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { prepareGate } from "../../src/config/prepare.ts";
import { builtinRules } from "../../src/rules/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const prepare = (frameworkFlags: string[]) =>
  prepareGate({
    cwd: root,
    config: "examples/gate/.cspm-pipeline.yml",
    policies: [],
    builtin: builtinRules(),
    frameworkFlags,
  });

describe("the gate file's framework selection", () => {
  it("notes how many built-in rules it left out", () => {
    const gate = prepare([]);
    const left = builtinRules().length - gate.rules.filter((r) => !r.id.startsWith("HELIOS")).length;
    assert.ok(left > 0);
    assert.equal(gate.notes.length, 1);
    assert.match(
      gate.notes[0]!,
      new RegExp(`^${left} of ${builtinRules().length} built-in rules were not run: `),
    );
    assert.match(gate.notes[0]!, /\.cspm-pipeline\.yml:\d+ selects framework "custom \+ CIS"/);
  });

  it("says nothing when --framework chose the rules", () => {
    assert.deepEqual(prepare(["cis-aws"]).notes, []);
  });
});
