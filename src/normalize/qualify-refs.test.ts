import { describe, it } from "node:test";
import assert from "node:assert/strict";
import type { RawRecord } from "../model/raw.ts";
import { Unknown } from "../model/value.ts";
import { qualifyRefs } from "./qualify-refs.ts";

const record = (module: string, attrs: RawRecord["attrs"]): RawRecord => ({
  format: "terraform",
  native_type: "aws_s3_bucket_versioning",
  address: `${module ? module + "." : ""}aws_s3_bucket_versioning.this`,
  name: "this",
  mode: "resource",
  root: "infra",
  module,
  span: { file: "infra/modules/b/main.tf", start_line: 1, end_line: 5 },
  attrs,
  attrSpans: {},
  suppressions: {},
});

describe("qualifyRefs", () => {
  it("prefixes module-local refs with the module path, at any depth", () => {
    const r = qualifyRefs(
      record("module.archive", {
        bucket: new Unknown("computed", ["aws_s3_bucket.this"]),
        rule: [{ key: new Unknown("computed", ["aws_kms_key.k[0]"]) }],
      }),
    );
    assert.deepEqual((r.attrs["bucket"] as Unknown).refs, ["module.archive.aws_s3_bucket.this"]);
    const rule = r.attrs["rule"] as { key: Unknown }[];
    assert.deepEqual(rule[0]!.key.refs, ["module.archive.aws_kms_key.k[0]"]);
  });

  it("leaves root-module records and known values as they are", () => {
    const root = record("", { bucket: new Unknown("computed", ["aws_s3_bucket.this"]) });
    assert.equal(qualifyRefs(root), root);
    const known = qualifyRefs(record("module.a", { bucket: "logs", n: 3 }));
    assert.deepEqual(known.attrs, { bucket: "logs", n: 3 });
  });
});
