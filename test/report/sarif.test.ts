import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { writeSarif } from "../../src/report/sarif.ts";
import { sampleScan } from "./sample.ts";

const require = createRequire(import.meta.url);
// The OASIS SARIF 2.1.0 schema (rtm.5, the final 2.1.0 schema), as shipped by Microsoft's sarif-js-sdk.
const schema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
) as object;
// The published schema has a language pattern with a stray `]`, valid only without the `u` flag.
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarif(): Json {
  const { report, ctx } = sampleScan();
  return JSON.parse(writeSarif(report, ctx));
}

describe("sarif writer", () => {
  it("validates against the SARIF 2.1.0 schema", () => {
    const log = sarif();
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  });

  it("the schema rejects a broken log (the validator is live)", () => {
    const log = sarif();
    log.runs[0].results[0].level = "fatal";
    delete log.runs[0].tool.driver.name;
    assert.equal(validate(log), false);
  });

  it("describes every rule with help, level, tags and a security-severity string", () => {
    const rules = sarif().runs[0].tool.driver.rules as Json[];
    assert.deepEqual(
      rules.map((r) => r.id),
      ["test-bucket-private", "test-bucket-encrypted", "test-bucket-named"],
    );
    const crit = rules[0];
    assert.equal(crit.properties["security-severity"], "9.5");
    assert.equal(rules[1].properties["security-severity"], "5.5");
    assert.equal(rules[2].properties["security-severity"], "3.0");
    assert.equal(crit.defaultConfiguration.level, "error");
    assert.equal(crit.name, "TestBucketPrivate");
    assert.match(crit.help.text, /Block public access/);
    assert.match(crit.help.markdown, /aws_s3_bucket_public_access_block/);
    // The fix code contains ``` itself: the fence must be longer so it cannot close early.
    assert.match(crit.help.markdown, /````hcl\n/);
    assert.ok(crit.properties.tags.includes("public_exposure"));
  });

  it("locates IaC results relative to %SRCROOT% and live ones by resource uid", () => {
    const run = sarif().runs[0];
    const iac = run.results.find((r: Json) => r.message.text.includes("is not encrypted"));
    const loc = iac.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, "infra/my%20dir/main.tf");
    assert.equal(loc.artifactLocation.uriBaseId, "%SRCROOT%");
    assert.ok(loc.region.startLine >= 1 && loc.region.endLine >= loc.region.startLine);
    const live = run.results.find((r: Json) => r.properties.resource === "arn:aws:s3:::live-bucket");
    assert.equal(live.locations[0].physicalLocation, undefined);
    assert.equal(live.locations[0].logicalLocations[0].fullyQualifiedName, "arn:aws:s3:::live-bucket");
    assert.equal(run.originalUriBaseIds["%SRCROOT%"].uri, "file:///work/repo/");
  });

  it("gives every result its rule index, a stable fingerprint, and suppressions for muted findings", () => {
    const { report, ctx } = sampleScan();
    const run = JSON.parse(writeSarif(report, ctx)).runs[0];
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.deepEqual(
      run.results.map((r: Json) => r.partialFingerprints["parapetFindingId/v1"]),
      report.findings.map((f) => f.id),
    );
    const muted = run.results.filter((r: Json) => r.suppressions);
    assert.equal(muted.length, 1);
    assert.equal(muted[0].suppressions[0].kind, "inSource");
    assert.equal(muted[0].suppressions[0].justification, "Public website, approved in SEC-1 <b>");
  });

  it("reports scan errors as tool execution notifications of a successful run", () => {
    const inv = sarif().runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, true);
    assert.equal(inv.toolExecutionNotifications.length, 2);
    const first = inv.toolExecutionNotifications[0];
    assert.equal(first.level, "error");
    assert.equal(first.locations[0].physicalLocation.artifactLocation.uri, "infra/bad%20%26%20%3Cfile%3E.tf");
    assert.equal(first.locations[0].physicalLocation.region.startLine, 4);
  });

  it("adds a descriptor for a finding whose rule the context does not list", () => {
    const { report, ctx } = sampleScan();
    const log = JSON.parse(writeSarif(report, { ...ctx, rules: [] }));
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
    assert.equal(log.runs[0].tool.driver.rules.length, 2);
  });
});
