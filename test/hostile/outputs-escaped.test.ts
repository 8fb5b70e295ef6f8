/* eslint-disable no-control-regex -- these tests look for control characters on purpose */
/**
 * Resource names, tags and descriptions written to attack whoever reads the report: terminal
 * escapes, carriage returns, bidirectional overrides, markup, spreadsheet formulas, CDATA and
 * comment terminators, @-mentions. Every output format must show them inert.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { scanWithDeadline, writeTree, type Scanned, type Tree } from "./harness.ts";

// HCL escapes, so the file stays printable and the loader produces the raw characters.
const EVIL =
  "\\u001b]8;;http://evil\\u0007\\u001b[2J\\rOK \\u202Egnp.exe <script>alert(1)</script> ]]> -- @everyone \\u2028x";
const FORMULA = "=cmd|' /C calc'!A0";

describe("hostile repository: names are shown inert in every format", () => {
  let tree: Tree;
  let scan: Scanned;
  before(async () => {
    tree = writeTree({
      "main.tf": [
        'resource "aws_s3_bucket" "b" {',
        `  bucket = "${EVIL}"`,
        `  tags   = { owner = "${EVIL}" }`,
        "}",
        'resource "aws_s3_bucket" "f" {',
        `  bucket = "${FORMULA}"`,
        "}",
        'resource "aws_security_group" "sg" {',
        `  name        = "${EVIL}"`,
        `  description = "${EVIL}"`,
        "  ingress {",
        '    from_port   = 0\n    to_port     = 65535\n    protocol    = "tcp"',
        '    cidr_blocks = ["0.0.0.0/0"]',
        "  }",
        "}",
      ].join("\n"),
      // A parse error whose message quotes the hostile line.
      "broken.tf": `resource "aws_s3_bucket" "x" {\n  bucket = "\u001b[2J\u202e<script>" +\n}\n`,
    });
    scan = await scanWithDeadline(tree.dir, ["."], 25_000);
  });
  after(() => tree.remove());

  const out = (f: string) => scan.outputs[f]!;
  const ATTACKER_CONTROLS =
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

  it("the findings carry the hostile names (the attack reached the reports)", () => {
    assert.ok(scan.report.findings.some((f) => f.resource.name.includes("<script>")));
    assert.ok(scan.report.errors.some((e) => e.file === "broken.tf" && e.line === 2));
  });

  it("table: no terminal control or bidi character from the input survives", () => {
    // Colour is on: drop Parapet's own SGR sequences, then nothing else may control the terminal.
    const text = out("table").replace(/\u001b\[[0-9;]*m/g, "");
    assert.doesNotMatch(text, ATTACKER_CONTROLS);
  });

  it("HTML, JUnit and Markdown: no markup, control or bidi character survives", () => {
    for (const f of ["html", "junit", "markdown"]) {
      const text = out(f);
      assert.doesNotMatch(text, ATTACKER_CONTROLS, f);
      assert.ok(!text.includes("<script>alert"), `${f} holds live markup`);
      assert.ok(!text.includes("]]>"), `${f} holds a CDATA terminator`);
    }
    assert.ok(!out("html").includes("<!--"), "no comment an input could close");
  });

  it("Markdown: an @-mention from a name notifies nobody", () => {
    assert.ok(!/@everyone/.test(out("markdown")));
  });

  it("CSV: formulas are defused and controls replaced", () => {
    const csv = out("csv");
    assert.ok(csv.includes(`'${FORMULA.replace(/"/g, '""')}`), "formula cell is prefixed with '");
    assert.ok(!/(^|,)"?=cmd/m.test(csv), "a cell starts with =");
    // Line breaks are the value's own and stay inside quotes, as RFC 4180 has them.
    assert.doesNotMatch(csv.replace(/[\r\n\u2028\u2029]/g, ""), ATTACKER_CONTROLS);
  });

  it("JSON, SARIF and OCSF: valid JSON that round-trips the exact values", () => {
    for (const f of ["json", "sarif", "ocsf"]) {
      const text = out(f);
      assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f]/, f);
      assert.ok(JSON.stringify(JSON.parse(text)).includes("\\u001b[2J"), `${f} lost the exact value`);
    }
  });
});
