import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { MARKDOWN_LIMIT, writeMarkdown } from "../../src/report/markdown.ts";
import { escapeMarkdown } from "../../src/report/escape.ts";
import { sampleScan, XSS } from "./sample.ts";

describe("markdown writer", () => {
  it("summarizes score, severities and the top findings", () => {
    const { report, ctx } = sampleScan();
    const md = writeMarkdown(report, ctx);
    assert.match(md, /\*\*Posture score:\*\* 40\/100/);
    assert.match(md, /\| critical \| 2 \|/);
    assert.match(md, /\| medium \| 1 \|/);
    assert.match(md, /### Top findings/);
    assert.match(md, /2 scan errors/);
  });

  it("escapes names so they render as text, not HTML or links", () => {
    const { report, ctx } = sampleScan();
    report.findings[0]!.message = `[click](https://evil.invalid) | ${XSS} **bold**\nnext`;
    const md = writeMarkdown(report, ctx);
    assert.ok(!md.includes(XSS));
    assert.ok(!md.includes("[click](https"));
    assert.match(md, /&lt;script&gt;/);
    // A pipe or line break in a name cannot add a table column or end the row.
    for (const line of md.split("\n").filter((l) => l.startsWith("| critical | test"))) {
      assert.equal(line.split(/(?<!\\)\|/).length, 7, line);
    }
    assert.equal(escapeMarkdown("a_b*c`d"), "a\\_b\\*c\\`d");
  });

  it("shows what changed since the base report", () => {
    const { report, ctx } = sampleScan();
    const base = structuredClone(report);
    const gone = structuredClone(report.findings[0]!);
    gone.id = "f".repeat(32);
    gone.rule_id = "old-rule";
    base.findings = [gone, ...report.findings.slice(2)];
    base.summary.by_severity = { ...report.summary.by_severity, critical: 0 };
    const md = writeMarkdown(report, { ...ctx, base });
    assert.match(md, /### What changed since the base/);
    // findings[0] and [1] are new; `gone` is fixed; the rest unchanged
    const now = report.findings.filter((f) => f.status === "fail");
    const unchanged = now.filter((f) => base.findings.some((b) => b.id === f.id)).length;
    assert.match(
      md,
      new RegExp(`\\*\\*${now.length - unchanged} new\\*\\*, \\*\\*1 fixed\\*\\*, ${unchanged} unchanged`),
    );
    assert.match(md, /\| critical \| 2 \| \+2 \|/);
  });

  it("stays within a pull-request comment for thousands of findings", () => {
    const { report, ctx } = sampleScan();
    const one = report.findings.find((f) => f.status === "fail")!;
    report.findings = Array.from({ length: 5000 }, (_, i) => ({
      ...one,
      id: String(i),
      message: "x".repeat(400),
      resource: { ...one.resource, name: `n${i}`.padEnd(300, "y") },
    }));
    const md = writeMarkdown(report, ctx);
    assert.ok(md.length <= MARKDOWN_LIMIT, String(md.length));
    assert.match(md, /more findings in the full report/);
  });
});
