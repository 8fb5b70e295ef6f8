/**
 * An attacker's repository tries to make Parapet read what it was not asked to scan: module
 * sources outside the tree or remote, symlinks out of it (files, directories, a variables file,
 * a module's only file), endless devices, symlink loops, file() and templatefile() on outside
 * paths. Nothing outside may be read, every refusal is reported, the rest is still scanned.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { FORMATS, scanWithDeadline, writeTree, type Scanned, type Tree } from "./harness.ts";

const SECRET = "PARAPET-SECRET-OUTSIDE-THE-TREE";
const ok = (name: string) => `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}"\n}\n`;

describe("hostile repository: reads stay inside the scanned tree", () => {
  let tree: Tree;
  let scan: Scanned;
  before(async () => {
    tree = writeTree({
      // Outside the target: what every attack below reaches for.
      "outside/main.tf": `resource "aws_s3_bucket" "leak" {\n  bucket = "${SECRET}"\n}\n`,
      "outside/secret.tfvars": `name = "${SECRET}"\n`,
      "outside/secret.txt": SECRET,
      "repo/ok.tf": ok("still-scanned"),
      "repo/modules.tf": [
        'module "self" {\n  source = "./"\n}',
        'module "a" {\n  source = "./a"\n}',
        'module "up" {\n  source = "../../../../../../etc"\n}',
        'module "abs" {\n  source = "/etc"\n}',
        'module "git" {\n  source = "git::https://example.com/x.git"\n}',
        'module "http" {\n  source = "https://example.com/x.zip"\n}',
        'module "out" {\n  source = "../outside"\n}',
        'module "dirlink" {\n  source = "./linked"\n}',
        'module "only_link" {\n  source = "./only-link"\n}',
      ].join("\n"),
      "repo/a/main.tf": 'module "b" {\n  source = "../b"\n}\n',
      "repo/b/main.tf": 'module "a" {\n  source = "../a"\n}\n',
      "repo/linked": { symlink: "../outside" },
      "repo/filelink.tf": { symlink: "../outside/main.tf" },
      "repo/only-link/main.tf": { symlink: "../../outside/main.tf" },
      "repo/zero.tf": { symlink: "/dev/zero" },
      "repo/loop1.tf": { symlink: "loop2.tf" },
      "repo/loop2.tf": { symlink: "loop1.tf" },
      "repo/vars/terraform.tfvars": { symlink: "../../outside/secret.tfvars" },
      "repo/vars/main.tf":
        'variable "name" {\n  default = "safe"\n}\nresource "aws_s3_bucket" "v" {\n  bucket = var.name\n}\n',
      "repo/files/main.tf": [
        'resource "aws_s3_bucket" "f" {',
        '  bucket = "files"',
        "  tags = {",
        '    passwd = file("/etc/passwd")',
        '    up     = file("${path.module}/../../outside/secret.txt")',
        '    tpl    = templatefile("${path.module}/../../outside/secret.txt", {})',
        '    zero   = file("/dev/zero")',
        "  }",
        "}",
      ].join("\n"),
    });
    scan = await scanWithDeadline(tree.dir, ["repo"], 25_000);
  });
  after(() => tree.remove());

  it("reads nothing from outside, in any record or output format", () => {
    assert.ok(!scan.records.includes(SECRET), "a record holds the outside secret");
    assert.ok(!scan.records.includes("root:x:0:0"), "a record holds /etc/passwd");
    for (const f of FORMATS) assert.ok(!scan.outputs[f]!.includes(SECRET), `${f} output holds the secret`);
  });

  it("still scans the rest of the tree", () => {
    const names = new Set(JSON.parse(scan.records).map((r: [string]) => r[0]));
    for (const n of ["still-scanned", "safe", "files"])
      assert.ok(names.has(n), `${n} missing: ${[...names]}`);
  });

  it("reports each refused module with file and line", () => {
    const errs = scan.report.errors.filter((e) => e.file === "repo/modules.tf");
    for (const m of ["self", "up", "out", "dirlink"])
      assert.ok(
        errs.some((e) => e.message.includes(`"${m}"`) && typeof e.line === "number"),
        `module ${m}: ${JSON.stringify(errs)}`,
      );
    assert.ok(
      scan.report.errors.some((e) => /repo\/[ab]\/main\.tf/.test(e.file ?? "") && /cycle/.test(e.message)),
    );
    const skipped = JSON.stringify(scan.report.skipped);
    for (const m of ["abs", "git", "http"]) assert.match(skipped, new RegExp(`module \\\\"${m}\\\\"`));
  });

  it("skips symlinks that leave the tree, including a module's only file and a variables file", () => {
    const skipped = new Map((scan.report.skipped ?? []).map((s) => [s.file, s.reason]));
    for (const f of [
      "repo/filelink.tf",
      "repo/only-link/main.tf",
      "repo/zero.tf",
      "repo/vars/terraform.tfvars",
    ])
      assert.match(skipped.get(f) ?? "", /outside the scanned tree/, f);
  });
});
