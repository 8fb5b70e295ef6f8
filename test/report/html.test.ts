import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { writeHtml } from "../../src/report/html.ts";
import { sampleScan, XSS } from "./sample.ts";

function html(): string {
  const { report, ctx } = sampleScan();
  report.controls = [
    {
      framework: "soc2",
      control: "CC6.1",
      title: `Access <i>"x"</i>`,
      automated: true,
      status: "fail",
      passed: 1,
      failed: 2,
    },
    {
      framework: "soc2",
      control: "CC1.1",
      title: "Integrity",
      automated: false,
      status: "manual",
      passed: 0,
      failed: 0,
    },
  ];
  return writeHtml(report, { ...ctx, base: { ...structuredClone(report), findings: [] } });
}

describe("html writer", () => {
  it("escapes every attacker-controlled string", () => {
    const page = html();
    assert.ok(!page.includes(XSS), "raw script tag from a resource name");
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(page, /owner=&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;bold&lt;\/b&gt;/);
    assert.match(page, /Access &lt;i&gt;&quot;x&quot;&lt;\/i&gt;/);
    assert.match(page, /bad &amp; &lt;file&gt;\.tf/);
    // The only script element is the page's own.
    assert.equal((page.match(/<script/g) ?? []).length, 1);
  });

  it("is self-contained: no external URL is loaded, and the CSP admits only the page's own code", () => {
    const page = html();
    assert.ok(!/\s(src|href)\s*=/.test(page), "no src or href attributes");
    assert.ok(!/@import|url\(/.test(page), "no CSS imports");
    // URLs may appear as escaped text (a tag value); inside markup only the SVG namespace may.
    const inTags = [...page.matchAll(/<[^>]*>/g)].flatMap((t) => t[0].match(/https?:\/\/[^\s"']+/g) ?? []);
    assert.deepEqual([...new Set(inTags)], ["http://www.w3.org/2000/svg"]);
    const csp = /content="(default-src 'none';[^"]+)"/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const sha = (s: string) => createHash("sha256").update(s).digest("base64");
    assert.ok(csp.includes(`script-src 'sha256-${sha(script)}'`));
    assert.ok(csp.includes(`style-src 'sha256-${sha(style)}'`));
  });

  it("has the summary, a severity chart, compliance, changes and fix code", () => {
    const page = html();
    assert.match(page, /Executive summary/);
    assert.match(page, /<svg [^>]*aria-label="findings by severity"/);
    assert.equal((page.match(/<rect /g) ?? []).length, 5);
    assert.match(page, /Compliance per framework/);
    assert.match(page, /<td class="st-fail">fail<\/td>/);
    assert.match(page, /What changed since the base/);
    assert.match(page, /<pre><code>resource &quot;aws_s3_bucket_public_access_block&quot;/);
    assert.match(page, /&lt;\/code&gt;/);
  });
});
