import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isUnknown } from "../../model/value.ts";
import { loadTree, recordOf } from "./testing.ts";

describe("terraform loader: bad and hostile input", () => {
  it("reports a syntax error with file and line, and still loads the rest", async () => {
    const r = await loadTree({
      "a.tf": 'resource "aws_s3_bucket" "ok" {\n  bucket = "ok"\n}\n',
      "b.tf": 'resource "aws_s3_bucket" "fine" {}\n\nresource "aws_s3_bucket" "broken" {\n  bucket = \n}\n',
    });
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.source, "terraform");
    assert.equal(r.errors[0]!.file, "b.tf");
    assert.ok(r.errors[0]!.line! >= 4 && r.errors[0]!.line! <= 5, `line ${r.errors[0]!.line}`);
    assert.deepEqual(r.records.map((x) => x.address).sort(), ["aws_s3_bucket.fine", "aws_s3_bucket.ok"]);
    assert.deepEqual(r.stats.files, { terraform: 2 }, "a file that fails to parse still counts as read");
  });

  it("refuses nesting 5,000 levels deep without overflowing the stack", async () => {
    const n = 5000;
    const blocks = `resource "test_thing" "blocks" {\n${"x {\n".repeat(n)}${"}\n".repeat(n)}}\n`;
    const exprs = `resource "test_thing" "exprs" {\n  a = ${"[".repeat(n)}${"]".repeat(n)}\n  b = ${"(".repeat(n)}1${")".repeat(n)}\n}\n`;
    const r = await loadTree({
      "blocks.tf": blocks,
      "exprs.tf": exprs,
      "ok.tf": 'resource "test_thing" "ok" {}\n',
    });
    assert.ok(r.errors.some((e) => e.file === "blocks.tf" && /nesting deeper/.test(e.message)));
    assert.ok(r.errors.some((e) => e.file === "exprs.tf" && /nesting deeper/.test(e.message)));
    assert.ok(r.records.some((x) => x.address === "test_thing.ok"));
  });

  it("bounds huge expansions, strings and reference chains", async () => {
    const doubling = Array.from(
      { length: 40 },
      (_, i) => `  l${i} = "\${local.l${i + 1}}\${local.l${i + 1}}"`,
    ).join("\n");
    const chain = Array.from({ length: 3000 }, (_, i) => `  c${i} = local.c${i + 1}`).join("\n");
    const started = Date.now();
    const r = await loadTree({
      "main.tf": `
locals {
${doubling}
  l40 = "ab"
${chain}
  c3000 = 1
}
resource "test_thing" "t" {
  big_range = range(100000000)
  cubed     = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]
  doubled   = local.l0
  chain     = local.c0
  ports     = ["0-65535"]
  small     = length(range(10))
}`,
    });
    assert.ok(Date.now() - started < 20_000, "finishes quickly");
    const t = recordOf(r, "test_thing.t").attrs;
    for (const k of ["big_range", "cubed", "doubled", "chain"]) assert.ok(isUnknown(t[k]), k);
    assert.deepEqual(t.ports, ["0-65535"], "a port range stays one string");
    assert.ok(r.errors.length >= 1);
    for (const e of r.errors) assert.equal(e.file, "main.tf");
  });

  it("bounds values that share parts exponentially", async () => {
    const levels = Array.from({ length: 45 }, (_, i) => `  d${i} = [local.d${i + 1}, local.d${i + 1}]`).join(
      "\n",
    );
    const started = Date.now();
    const r = await loadTree({
      "main.tf": `locals {\n${levels}\n  d45 = "x"\n}\nresource "test_thing" "t" {\n  a = jsonencode(local.d0)\n  b = local.d0 == local.d1\n  c = "ok"\n}\n`,
    });
    assert.ok(Date.now() - started < 20_000);
    const t = recordOf(r, "test_thing.t").attrs;
    assert.ok(isUnknown(t.a));
    assert.equal(t.c, "ok");
    assert.ok(r.errors.some((e) => /more than/.test(e.message)));
  });

  it("bounds module fan-out", async () => {
    const started = Date.now();
    const r = await loadTree({
      "main.tf": 'module "a" {\n  source = "./a"\n  count  = 400\n}\n',
      "a/main.tf": 'module "b" {\n  source = "../b"\n  count  = 400\n}\n',
      "b/main.tf": 'resource "test_thing" "t" {}\n',
    });
    assert.ok(Date.now() - started < 60_000);
    assert.ok(r.records.length <= 100_000);
    assert.ok(
      r.errors.some((e) => /more than|more work/.test(e.message)),
      JSON.stringify(r.errors),
    );
  });

  it("reports a local that refers to itself with its file and line", async () => {
    const r = await loadTree({
      "main.tf": 'locals {\n  a = local.b\n  b = local.a\n}\nresource "test_thing" "t" {\n  x = local.a\n}\n',
    });
    assert.ok(isUnknown(recordOf(r, "test_thing.t").attrs.x));
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.file, "main.tf");
    assert.ok([2, 3].includes(r.errors[0]!.line!));
    assert.match(r.errors[0]!.message, /cycle/);
  });

  it("reads files only inside the scanned tree", async () => {
    const r = await loadTree(
      {
        "secret.txt": "s3cr3t",
        "scan/policy.json": '{"Version": "2012-10-17"}',
        "scan/user.tpl": "hello ${name}%{ if admin }!%{ endif }",
        "scan/main.tf": `
resource "test_thing" "t" {
  inside  = jsondecode(file("\${path.module}/policy.json")).Version
  outside = file("\${path.module}/../secret.txt")
  exists  = [fileexists("\${path.module}/policy.json"), fileexists("\${path.module}/../secret.txt")]
  tpl     = templatefile("\${path.module}/user.tpl", { name = "bob", admin = true })
}`,
      },
      { targets: ["scan"] },
    );
    const t = recordOf(r, "test_thing.t").attrs;
    assert.equal(t.inside, "2012-10-17");
    assert.ok(isUnknown(t.outside));
    assert.match((t.outside as { reason: string }).reason, /outside the scanned tree/);
    assert.deepEqual(t.exists, [true, false]);
    assert.equal(t.tpl, "hello bob!");
  });
});

describe("terraform loader: faults the field keeps shipping", () => {
  it("a dynamic block over [var.v] with an optional default yields the default", async () => {
    const r = await loadTree({
      "main.tf": `
variable "v" {
  type    = object({ enabled = optional(bool, true) })
  default = {}
}
resource "aws_s3_bucket" "b" {
  dynamic "versioning" {
    for_each = [var.v]
    content {
      enabled = versioning.value.enabled
    }
  }
}`,
    });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.b").attrs.versioning, [{ enabled: true }]);
  });

  it("count = var.manage ? 1 : 0 with manage defaulting to false yields no record", async () => {
    const r = await loadTree({
      "main.tf":
        'variable "manage" { default = false }\nresource "aws_s3_bucket" "b" {\n  count = var.manage ? 1 : 0\n}\n',
    });
    assert.deepEqual(r.records, []);
  });

  it("lookup over locals and templates over locals resolve", async () => {
    const r = await loadTree({
      "main.tf": `
variable "env" { default = "prod" }
locals {
  plans = { prod = "m5.large", dev = "t3.micro" }
  name  = "svc-\${var.env}"
}
resource "aws_instance" "i" {
  instance_type = lookup(local.plans, var.env)
  tags          = { Name = "\${local.name}-web" }
}`,
    });
    const i = recordOf(r, "aws_instance.i").attrs;
    assert.equal(i.instance_type, "m5.large");
    assert.deepEqual(i.tags, { Name: "svc-prod-web" });
  });
});
