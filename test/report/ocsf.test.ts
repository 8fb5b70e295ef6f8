import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import { writeOcsf } from "../../src/report/ocsf.ts";
import { sampleScan } from "./sample.ts";

// No npm package ships OCSF as JSON Schema: this one is written from the OCSF 1.3.0 dictionary (see its $comment).
const schema = JSON.parse(
  readFileSync(
    new URL("../fixtures/schemas/ocsf-1.3.0-compliance-finding.schema.json", import.meta.url),
    "utf8",
  ),
) as object;
const validate = new Ajv.default({ allErrors: true }).compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe("ocsf writer", () => {
  it("writes one Compliance Finding per finding, each valid against the class schema", () => {
    const { report, ctx } = sampleScan();
    const events = JSON.parse(writeOcsf(report, ctx)) as Json[];
    assert.equal(events.length, report.findings.length);
    for (const e of events) assert.equal(validate(e), true, JSON.stringify(validate.errors));
  });

  it("the schema rejects a wrong class or a missing compliance object", () => {
    const { report, ctx } = sampleScan();
    const [e] = JSON.parse(writeOcsf(report, ctx)) as Json[];
    assert.equal(validate({ ...e, class_uid: 2001 }), false);
    const { compliance: _c, ...rest } = e;
    assert.equal(validate(rest), false);
  });

  it("carries severity, status, compliance, resources and remediation", () => {
    const { report, ctx } = sampleScan();
    const events = JSON.parse(writeOcsf(report, ctx)) as Json[];
    const pub = events.find((e) => e.compliance.control === "test-bucket-private" && e.status_id === 1)!;
    assert.equal(pub.class_uid, 2003);
    assert.equal(pub.category_uid, 2);
    assert.equal(pub.type_uid, 200301);
    assert.equal(pub.severity_id, 5);
    assert.equal(pub.compliance.status_id, 3);
    assert.deepEqual(pub.compliance.requirements, ["soc2 CC6.1"]);
    assert.match(pub.compliance.standards[0], /SOC 2/);
    assert.equal(pub.metadata.product.name, "Parapet");
    assert.match(pub.remediation.desc, /Block public access\.\n\nTerraform:\n/);
    const muted = events.find((e) => e.status_id === 3)!;
    assert.equal(muted.status, "Suppressed");
    assert.equal(muted.status_detail, "Public website, approved in SEC-1 <b>");
    const live = events.find((e) => e.resources[0].uid === "arn:aws:s3:::live-bucket")!;
    assert.deepEqual(live.cloud, { provider: "AWS", region: "us-east-1", account: { uid: "123456789012" } });
    const evil = events.find((e) => e.resources[0].tags)!;
    assert.deepEqual(evil.resources[0].tags[0], { name: "owner", value: `"quoted" & 'single' <b>bold</b>` });
  });
});
