import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isUnknown } from "../../model/value.ts";
import { scanTargets } from "../../engine/scan.ts";
import { builtinRules } from "../../rules/index.ts";
import { readPlan } from "./index.ts";

/** A plan document in `terraform show -json` form, written by hand for these tests. */
function plan(changes: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { format_version: "1.2", terraform_version: "1.9.0", resource_changes: changes, ...extra },
    null,
    2,
  );
}

function change(address: string, actions: string[], after: unknown, afterUnknown: unknown = {}, more = {}) {
  const [type, name] = address.replace(/^.*?([a-z0-9_]+\.[^.]+)$/, "$1").split(".") as [string, string];
  return {
    address,
    mode: "managed",
    type,
    name: name.replace(/\[.*$/, ""),
    change: { actions, before: null, after, after_unknown: afterUnknown },
    ...more,
  };
}

const bucketConfig = {
  root_module: {
    resources: [
      { address: "aws_s3_bucket.b", mode: "managed", type: "aws_s3_bucket", name: "b", expressions: {} },
      {
        address: "aws_s3_bucket_versioning.v",
        mode: "managed",
        type: "aws_s3_bucket_versioning",
        name: "v",
        expressions: {
          bucket: { references: ["aws_s3_bucket.b.id", "aws_s3_bucket.b"] },
          versioning_configuration: [{ status: { constant_value: "Enabled" } }],
        },
      },
    ],
  },
};

async function scanFiles(files: Record<string, string>, tfDir?: string) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-plan-")));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const opts = { targets: ["."], cwd: dir, rules: builtinRules() };
    return await scanTargets(tfDir ? { ...opts, tfDir } : opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("terraform plan loader", () => {
  it("judges created, updated, replaced and unchanged resources but not deleted ones", () => {
    const text = plan([
      change("aws_sqs_queue.created", ["create"], { name: "a" }),
      change("aws_sqs_queue.updated", ["update"], { name: "b" }),
      change("aws_sqs_queue.replaced", ["delete", "create"], { name: "c" }),
      change("aws_sqs_queue.same", ["no-op"], { name: "d" }),
      change("aws_sqs_queue.gone", ["delete"], null),
    ]);
    const r = readPlan(text, "plan.json");
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      r.records.map((x) => x.address),
      ["aws_sqs_queue.created", "aws_sqs_queue.updated", "aws_sqs_queue.replaced", "aws_sqs_queue.same"],
    );
    const first = r.records[0]!;
    assert.equal(first.format, "terraform-plan");
    assert.equal(first.native_type, "aws_sqs_queue");
    assert.equal(first.module, "");
    // Without the configuration a finding points at the resource's entry in the plan.
    assert.equal(first.span.file, "plan.json");
    assert.equal(first.span.start_line, 5);
  });

  it("keeps written unknowns with their references and drops computed attributes nobody wrote", () => {
    const text = plan(
      [
        change(
          "aws_s3_bucket.b",
          ["create"],
          { force_destroy: false, tags: null },
          { id: true, arn: true, versioning: true },
        ),
        change(
          "aws_s3_bucket_versioning.v",
          ["create"],
          { versioning_configuration: [{ status: "Enabled" }] },
          { bucket: true, id: true },
        ),
      ],
      { configuration: bucketConfig },
    );
    const r = readPlan(text, "plan.json");
    const b = r.records.find((x) => x.address === "aws_s3_bucket.b")!;
    assert.deepEqual(b.attrs, { force_destroy: false });
    const v = r.records.find((x) => x.address === "aws_s3_bucket_versioning.v")!;
    assert.ok(isUnknown(v.attrs["bucket"]));
    assert.deepEqual(isUnknown(v.attrs["bucket"]) && v.attrs["bucket"].refs, ["aws_s3_bucket.b"]);
    assert.deepEqual(v.attrs["versioning_configuration"], [{ status: "Enabled" }]);
    assert.equal("id" in v.attrs, false);
  });

  it("keeps every unknown unknown when the plan has no configuration", () => {
    const r = readPlan(plan([change("aws_s3_bucket.b", ["create"], {}, { versioning: true })]), "p.json");
    assert.ok(isUnknown(r.records[0]!.attrs["versioning"]));
  });

  it("reads child module instances, old plans without module_address included", () => {
    const r = readPlan(
      plan([
        change(
          "module.app[0].aws_sqs_queue.q",
          ["create"],
          { name: "x" },
          {},
          { module_address: "module.app[0]" },
        ),
        change('module.a.module.b["k.1"].aws_sqs_queue.q', ["create"], { name: "y" }),
      ]),
      "p.json",
    );
    assert.deepEqual(
      r.records.map((x) => [x.module, x.name]),
      [
        ["module.app[0]", "q"],
        ['module.a.module.b["k.1"]', "q"],
      ],
    );
  });

  it("emits data sources read during the plan from prior_state", () => {
    const r = readPlan(
      plan([], {
        prior_state: {
          values: {
            root_module: {
              resources: [
                {
                  address: "data.aws_caller_identity.me",
                  mode: "data",
                  type: "aws_caller_identity",
                  name: "me",
                  values: { account_id: "1" },
                },
              ],
            },
          },
        },
      }),
      "p.json",
    );
    assert.equal(r.records[0]?.mode, "data");
    assert.deepEqual(r.records[0]?.attrs, { account_id: "1" });
  });

  it("reports malformed JSON and unsupported versions with file and line, without throwing", () => {
    const bad = readPlan('{\n  "format_version": "1.0",\n  "resource_changes": [,]\n}', "bad.json");
    assert.equal(bad.errors[0]?.file, "bad.json");
    assert.equal(bad.errors[0]?.line, 3);
    const future = readPlan('{"format_version": "2.0"}', "f.json");
    assert.match(future.errors[0]!.message, /unsupported plan format_version 2\.0/);
  });

  it("joins split blocks through references, so a versioned bucket passes", async () => {
    const text = plan(
      [
        change("aws_s3_bucket.b", ["create"], { force_destroy: false }, { id: true, versioning: true }),
        change(
          "aws_s3_bucket_versioning.v",
          ["create"],
          { versioning_configuration: [{ status: "Enabled" }] },
          { bucket: true },
        ),
      ],
      { configuration: bucketConfig },
    );
    const out = await scanFiles({ "plan.json": text });
    assert.deepEqual(out.report.errors, []);
    const versioning = out.results.filter((x) => x.rule.id === "storage-bucket-versioning-enabled");
    assert.deepEqual(
      versioning.map((x) => x.status),
      ["pass"],
    );
  });

  it("points findings at the .tf line when the configuration is beside the plan or given by --tf-dir", async () => {
    const tf = `resource "aws_s3_bucket" "b" {\n  force_destroy = false\n}\n\nresource "aws_sqs_queue" "q" {\n  name = "q"\n}\n`;
    const text = plan([change("aws_sqs_queue.q", ["create"], { name: "q", sqs_managed_sse_enabled: false })]);
    const beside = await scanFiles({ "main.tf.txt": tf, "plan.json": text });
    const shown = beside.report.findings.find((f) => f.resource.native_type === "aws_sqs_queue");
    assert.equal(shown?.location?.file, "plan.json", "without .tf beside, the plan itself");
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "parapet-tfdir-")));
    try {
      writeFileSync(join(dir, "main.tf"), tf);
      const out = await scanFiles({ "plan.json": text }, dir);
      const f = out.report.findings.find((x) => x.resource.native_type === "aws_sqs_queue");
      assert.ok(f, "a finding on the queue");
      assert.equal(f.location?.file.endsWith("main.tf"), true);
      assert.equal(f.location?.start_line, 5);
      // The same resource as the HCL's: one fingerprint whether judged before or after planning.
      assert.ok(f.resource.uid.endsWith("main.tf#aws_sqs_queue.q"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
