/**
 * Inputs built to exhaust the scanner: a gigabyte file, a 200 MB string, nesting thousands to
 * millions deep in HCL, `.tf.json`, plan JSON and CloudFormation, YAML alias bombs, exponential
 * templates, huge counts, broken encodings. Each must end in bounded time as an error naming its
 * file and line (or a skip naming its file), and the other files must still be scanned.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { scanWithDeadline, writeTree, type Scanned, type Tree } from "./harness.ts";

const ok = (name: string) => `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}"\n}\n`;
const nest = (open: string, close: string, n: number, inner = "") => open.repeat(n) + inner + close.repeat(n);

function yamlBomb(head: string, useAt: string): string {
  const lines = [head, "l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < 10; i++)
    lines.push(
      `l${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return lines.join("\n") + "\n" + useAt + "\n";
}

const plan = (values: string) =>
  `{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{"resources":[` +
  `{"address":"aws_s3_bucket.p","mode":"managed","type":"aws_s3_bucket","name":"p","values":${values}}]}}}`;

describe("hostile repository: every input is bounded", () => {
  let tree: Tree;
  let scan: Scanned;
  before(async () => {
    tree = writeTree({
      "ok.tf": ok("still-scanned"),
      "huge/gigabyte.tf": { sparse: 1024 ** 3 },
      "huge/long-string.tf": {
        sparse: 200 * 1024 ** 2,
        head: 'resource "aws_s3_bucket" "s" {\n  bucket = "',
      },
      "deep/blocks.tf": `resource "aws_s3_bucket" "b" {\n${nest("x {\n", "}\n", 10_000)}}\n`,
      "deep/exprs.tf": `locals {\n  a = ${nest("[", "]", 10_000)}\n  b = ${nest("(", ")", 10_000, "1")}\n}\n`,
      "deep/million.tf": `locals {\n  a = ${nest("[", "]", 1_000_000)}\n}\n`,
      "deep/templates.tf": `locals {\n  t = "${nest("${", "}", 3000, "1")}"\n}\n`,
      "deep/d.tf.json": `{"resource":{"aws_s3_bucket":{"d":{"bucket":${nest("[", "]", 1_000_000)}}}}}`,
      "deep/wide.tf.json": `{"resource":{"aws_s3_bucket":{"w":{"bucket":[${Array(1_000_000).fill(1).join(",")}]}}}}`,
      "plan/plan.json": plan(nest("[", "]", 1_000_000)),
      "cfn/bomb.yaml": yamlBomb(
        "AWSTemplateFormatVersion: '2010-09-09'",
        "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: *a9",
      ),
      "cfn/deep.json": `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":${nest('{"a":', "}", 1_000_000, "1")}}}}`,
      "k8s/bomb.yaml": yamlBomb(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb",
        "data:\n  x: *a9",
      ),
      "expand/main.tf": [
        "locals {",
        ...Array.from({ length: 40 }, (_, i) => `  l${i} = "\${local.l${i + 1}}\${local.l${i + 1}}"`),
        '  l40 = "ab"',
        "}",
        'resource "aws_s3_bucket" "e" {',
        "  count  = 100000000",
        "  bucket = local.l0",
        "}",
        'resource "aws_s3_bucket" "f" {',
        "  for_each = toset([for i in range(100000000) : tostring(i)])",
        "  bucket   = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]",
        "}",
      ].join("\n"),
      "fw/main.tf": [
        'resource "aws_security_group" "all" {',
        '  name = "all-ports"',
        "  ingress {",
        '    from_port   = 0\n    to_port     = 65535\n    protocol    = "tcp"',
        '    cidr_blocks = ["0.0.0.0/0"]',
        "  }",
        "}",
      ].join("\n"),
      "enc/bom-crlf.tf": "\ufeff" + ok("bom-crlf").replace(/\n/g, "\r\n"),
      "enc/nul.tf": Buffer.from('resource "aws_s3_bucket" "n" {\n  bucket = "a\u0000b"\n}\n'),
      "enc/bad-utf8.tf": Buffer.concat([
        Buffer.from('resource "aws_s3_bucket" "u" {\n  bucket = "'),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from('"\n}\n'),
      ]),
    });
    scan = await scanWithDeadline(tree.dir, ["."], 30_000);
  });
  after(() => tree.remove());

  const errorOf = (file: string) => scan.report.errors.find((e) => e.file === file);

  it("still scans the files that are fine", () => {
    const names = scan.report.findings.map((f) => f.resource.name);
    assert.ok(names.includes("still-scanned"), names.join(", "));
    assert.ok(names.includes("all-ports"), "the 0-65535 firewall is judged");
    assert.ok(names.includes("bom-crlf"), "a BOM and CRLF line ends are read");
  });

  it("skips the gigabyte file and the 200 MB string, naming them", () => {
    const skipped = new Map((scan.report.skipped ?? []).map((s) => [s.file, s.reason]));
    assert.match(skipped.get("huge/gigabyte.tf") ?? "", /larger than/);
    assert.match(skipped.get("huge/long-string.tf") ?? "", /larger than/);
  });

  it("reports nesting too deep with file and line, in HCL, .tf.json, plans and templates", () => {
    for (const file of [
      "deep/blocks.tf",
      "deep/exprs.tf",
      "deep/million.tf",
      "deep/d.tf.json",
      "plan/plan.json",
      "cfn/deep.json",
    ]) {
      const e = errorOf(file);
      assert.ok(e, `no error for ${file}: ${JSON.stringify(scan.report.errors)}`);
      assert.ok((e.line ?? 0) >= 1, `${file} has no line`);
      assert.match(e.message, /nest/, file);
    }
    assert.ok(errorOf("deep/templates.tf"), "3000 nested interpolations are an error");
  });

  it("stops YAML alias bombs", () => {
    assert.match(errorOf("cfn/bomb.yaml")?.message ?? "", /alias/);
    assert.match(errorOf("k8s/bomb.yaml")?.message ?? "", /alias/);
  });

  it("bounds expansion of strings, counts and for-expressions", () => {
    const errs = scan.report.errors.filter((e) => e.file === "expand/main.tf");
    assert.ok(errs.length >= 1, "hitting a limit is reported");
    for (const e of errs) assert.ok((e.line ?? 0) >= 1, JSON.stringify(e));
    assert.ok(scan.report.summary.resources < 200_000, `${scan.report.summary.resources} resources`);
  });

  it("reports a NUL byte as a syntax error with its line, and reads malformed UTF-8 as U+FFFD", () => {
    assert.equal(errorOf("enc/nul.tf")?.line, 2);
    const bad = scan.report.findings.find((f) => f.location?.file === "enc/bad-utf8.tf");
    assert.ok(bad?.resource.name.includes("\ufffd"), JSON.stringify(bad?.resource.name));
  });

  it("ends well within the deadline", () => {
    assert.ok(scan.ms < 20_000, `${scan.ms} ms`);
  });
});
