import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { cell, writeCsv } from "../../src/report/csv.ts";
import { sampleScan } from "./sample.ts";
import { parse } from "./csv-parse.ts";

describe("csv writer", () => {
  it("writes a header and one RFC 4180 row per finding", () => {
    const { report, ctx } = sampleScan();
    const rows = parse(writeCsv(report, ctx));
    assert.equal(rows.length, report.findings.length + 1);
    const width = rows[0]!.length;
    for (const r of rows) assert.equal(r.length, width);
    const col = (name: string) => rows[0]!.indexOf(name);
    const evil = rows.find((r) => r[col("resource_name")] === "<script>alert(1)</script>")!;
    assert.equal(evil[col("file")], "infra/my dir/main.tf");
    assert.equal(evil[col("start_line")], "5");
  });

  it("defuses cells that spreadsheets would run as formulas", () => {
    for (const bad of ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
      assert.equal(cell(bad)[0] === "'" || cell(bad)[1] === "'", true, bad);
    assert.equal(cell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(cell("plain"), "plain");
    assert.equal(cell("a,b"), '"a,b"');
    assert.equal(cell("line\nbreak"), '"line\nbreak"');
    assert.equal(cell(-3), "-3");
  });

  it("a resource name that is a formula arrives as text", () => {
    const { report, ctx } = sampleScan();
    report.findings[0]!.resource.name = "=cmd|' /C calc'!A0";
    const rows = parse(writeCsv(report, ctx));
    assert.equal(rows[1]![rows[0]!.indexOf("resource_name")], "'=cmd|' /C calc'!A0");
  });
});
