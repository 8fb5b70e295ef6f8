import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { joinAdjacentStrings } from "./compile.ts";

describe("joinAdjacentStrings", () => {
  it("joins literals separated by spaces and newlines, as the guide wraps its messages", () => {
    const src = 'msg := sprintf(\n"Bucket \'%s\' lacks encryption. "\n"Remediation: enable it.",\n[x])';
    assert.equal(
      joinAdjacentStrings(src),
      "msg := sprintf(\n\"Bucket '%s' lacks encryption. Remediation: enable it.\",\n[x])",
    );
  });

  it("keeps escapes, comments and raw strings as written", () => {
    assert.equal(joinAdjacentStrings('x := "a\\"" "b"'), 'x := "a\\"b"');
    assert.equal(joinAdjacentStrings('# "a" "b"\ny := `c` "d"'), '# "a" "b"\ny := `c` "d"');
    assert.equal(joinAdjacentStrings('z := ["a", "b"]'), 'z := ["a", "b"]');
  });

  it("leaves an unterminated literal for OPA to report", () => {
    assert.equal(joinAdjacentStrings('x := "open\ny := 1'), 'x := "open\ny := 1');
  });
});
