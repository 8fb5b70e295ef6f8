import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isUnknown, type Unknown } from "../../model/value.ts";
import { loadTree, recordOf } from "./testing.ts";

const NET = {
  "modules/net/main.tf": `
variable "cidr" {}
variable "name" { default = "net" }
resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = { Name = var.name }
}
module "subnets" {
  source = "../subnets"
  vpc_id = aws_vpc.this.id
}
output "vpc_id" { value = aws_vpc.this.id }
output "cidr" { value = aws_vpc.this.cidr_block }
`,
  "modules/subnets/main.tf": `
variable "vpc_id" {}
resource "aws_subnet" "a" {
  vpc_id = var.vpc_id
}
`,
};

describe("terraform loader: modules", () => {
  it("loads local child modules with inputs from the caller and outputs back", async () => {
    const r = await loadTree({
      ...NET,
      "env/main.tf": `
module "net" {
  source = "../modules/net"
  cidr   = "10.0.0.0/16"
}
resource "aws_flow_log" "f" {
  vpc_id = module.net.vpc_id
  cidr   = module.net.cidr
}`,
    });
    const vpc = recordOf(r, "module.net.aws_vpc.this");
    assert.equal(vpc.module, "module.net");
    assert.equal(vpc.root, "env");
    assert.equal(vpc.span.file, "modules/net/main.tf");
    assert.deepEqual(vpc.attrs, { cidr_block: "10.0.0.0/16", tags: { Name: "net" } });
    const subnet = recordOf(r, "module.net.module.subnets.aws_subnet.a");
    assert.equal(subnet.module, "module.net.module.subnets");
    assert.deepEqual((subnet.attrs.vpc_id as Unknown).refs, ["aws_vpc.this"]);
    const f = recordOf(r, "aws_flow_log.f");
    assert.equal(f.attrs.cidr, "10.0.0.0/16");
    assert.ok(isUnknown(f.attrs.vpc_id));
    // The module folders are called, so they are not scanned as roots of their own.
    assert.equal(r.records.filter((x) => x.native_type === "aws_vpc").length, 1);
    assert.deepEqual(r.errors, []);
  });

  it("gives the same records with count = 1 as without, modulo the instance key", async () => {
    const caller = (meta: string): Record<string, string> => ({
      ...NET,
      "env/main.tf": `module "net" {\n  source = "../modules/net"\n  ${meta}\n  cidr = "10.0.0.0/16"\n}\n`,
    });
    const plain = await loadTree(caller(""));
    const counted = await loadTree(caller("count = 1"));
    const strip = (r: typeof plain): unknown[] =>
      r.records.map((x) => ({
        ...x,
        address: x.address.replace("[0]", ""),
        module: x.module.replace("[0]", ""),
      }));
    assert.deepEqual(strip(counted), strip(plain));
    assert.ok(counted.records.some((x) => x.address === "module.net[0].aws_vpc.this"));
  });

  it("expands for_each on modules and keys their outputs", async () => {
    const r = await loadTree({
      ...NET,
      "main.tf": `
module "net" {
  for_each = { a = "10.0.0.0/16", b = "10.1.0.0/16" }
  source   = "./modules/net"
  cidr     = each.value
  name     = each.key
}
resource "test_thing" "t" {
  b = module.net["b"].cidr
}`,
    });
    assert.equal(recordOf(r, 'module.net["a"].aws_vpc.this').attrs.cidr_block, "10.0.0.0/16");
    assert.equal(recordOf(r, 'module.net["b"].aws_vpc.this').module, 'module.net["b"]');
    assert.equal(recordOf(r, "test_thing.t").attrs.b, "10.1.0.0/16");
  });

  it("does not fetch remote modules: their outputs are unknown and the skip is noted", async () => {
    const r = await loadTree({
      "main.tf": `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
module "git" {
  source = "git::https://example.com/repo.git"
}
resource "test_thing" "t" {
  vpc = module.vpc.vpc_id
}`,
    });
    assert.deepEqual(r.errors, []);
    const t = recordOf(r, "test_thing.t");
    assert.ok(isUnknown(t.attrs.vpc));
    assert.deepEqual((t.attrs.vpc as Unknown).refs, ["module.vpc"]);
    assert.equal(r.stats.skipped.length, 2);
    assert.deepEqual(r.stats.skipped[0], {
      file: "main.tf",
      reason: 'line 2: module "vpc" comes from "terraform-aws-modules/vpc/aws", which is not fetched',
    });
  });

  it("refuses a module source outside the scanned tree, naming file and line", async () => {
    const r = await loadTree(
      {
        "outside/main.tf": 'resource "aws_s3_bucket" "secret" {}\n',
        "scan/main.tf": '\nmodule "escape" {\n  source = "../outside"\n}\n',
      },
      { targets: ["scan"] },
    );
    assert.equal(r.records.length, 0, "the outside module is not read");
    assert.equal(r.errors.length, 1);
    assert.deepEqual({ file: r.errors[0]!.file, line: r.errors[0]!.line }, { file: "scan/main.tf", line: 2 });
    assert.match(r.errors[0]!.message, /outside the scanned tree/);
  });

  it("ends module cycles with an error instead of hanging", async () => {
    const self = await loadTree({
      "main.tf": 'resource "aws_s3_bucket" "b" {}\nmodule "self" {\n  source = "./"\n}\n',
    });
    assert.deepEqual(
      self.records.map((x) => x.address),
      ["aws_s3_bucket.b"],
    );
    assert.equal(self.errors.length, 1);
    assert.equal(self.errors[0]!.line, 2);
    assert.match(self.errors[0]!.message, /cycle/);

    const mutual = await loadTree({
      "a/main.tf": 'module "b" {\n  source = "../b"\n}\nresource "test_thing" "a" {}\n',
      "b/main.tf": 'module "a" {\n  source = "../a"\n}\nresource "test_thing" "b" {}\n',
    });
    assert.ok(
      mutual.errors.some((e) => /cycle/.test(e.message) && e.line === 1),
      JSON.stringify(mutual.errors),
    );
    assert.ok(mutual.records.length > 0);
  });

  it("keeps one module instance when its count is unknown", async () => {
    const r = await loadTree({
      ...NET,
      "main.tf": `
variable "n" {}
module "net" {
  source = "./modules/net"
  count  = var.n
  cidr   = "10.0.0.0/16"
}
resource "test_thing" "t" {
  id = module.net[0].vpc_id
}`,
    });
    const vpc = recordOf(r, "module.net.aws_vpc.this");
    assert.equal(vpc.module, "module.net");
    assert.equal(vpc.attrs.cidr_block, "10.0.0.0/16");
    const t = recordOf(r, "test_thing.t");
    assert.ok(isUnknown(t.attrs.id));
    assert.match((t.attrs.id as Unknown).reason, /unknown/);
  });

  it("passes provider configurations to child modules, renamed by providers = {}", async () => {
    const r = await loadTree({
      ...NET,
      "main.tf": `
provider "aws" { region = "eu-west-1" }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
module "eu" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
}
module "us" {
  source    = "./modules/net"
  cidr      = "10.1.0.0/16"
  providers = { aws = aws.us }
}`,
    });
    assert.deepEqual(recordOf(r, "module.eu.aws_vpc.this").providerConfig, { region: "eu-west-1" });
    assert.deepEqual(recordOf(r, "module.us.aws_vpc.this").providerConfig, { region: "us-east-1" });
    assert.deepEqual(recordOf(r, "module.us.module.subnets.aws_subnet.a").providerConfig, {
      region: "us-east-1",
    });
  });

  it("passes null to a variable, or its default when the variable is not nullable", async () => {
    const r = await loadTree({
      "mod/main.tf": `
variable "a" { default = "da" }
variable "b" {
  default  = "db"
  nullable = false
}
resource "test_thing" "t" {
  a = var.a
  b = var.b
}`,
      "main.tf": 'module "m" {\n  source = "./mod"\n  a = null\n  b = null\n}\n',
    });
    assert.deepEqual(recordOf(r, "module.m.test_thing.t").attrs, { a: null, b: "db" });
  });

  it("scanning one file reports its blocks and its modules, not its siblings'", async () => {
    const r = await loadTree(
      {
        ...NET,
        "main.tf": 'module "mine" {\n  source = "./modules/net"\n  cidr = var.cidr\n}\n',
        "other.tf":
          'variable "cidr" { default = "10.9.0.0/16" }\nmodule "theirs" {\n  source = "./modules/net"\n  cidr = "x"\n}\n',
      },
      { targets: ["main.tf"] },
    );
    assert.equal(recordOf(r, "module.mine.aws_vpc.this").attrs.cidr_block, "10.9.0.0/16");
    assert.ok(!r.records.some((x) => x.module.startsWith("module.theirs")));
  });
});
