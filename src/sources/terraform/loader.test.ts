import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Unknown, isUnknown } from "../../model/value.ts";
import { loadTree, recordOf } from "./testing.ts";

const addresses = (r: { records: { address: string }[] }): string[] => r.records.map((x) => x.address).sort();

describe("terraform loader: records and spans", () => {
  it("keeps the block span and a span for every attribute path", async () => {
    const r = await loadTree({
      "net/main.tf": `
resource "aws_security_group" "sg" {
  name = "web"
  tags = {
    Name = "web"
  }
  ingress {
    from_port = 22
  }
  ingress {
    from_port   = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  versioning {
    enabled = true
  }
}
`,
    });
    const sg = recordOf(r, "aws_security_group.sg");
    assert.deepEqual(sg.span, { file: "net/main.tf", start_line: 2, end_line: 17 });
    assert.equal(sg.native_type, "aws_security_group");
    assert.equal(sg.name, "sg");
    assert.equal(sg.mode, "resource");
    assert.equal(sg.root, "net");
    assert.equal(sg.module, "");
    assert.deepEqual(sg.attrSpans["tags"], { file: "net/main.tf", start_line: 4, end_line: 6 });
    assert.equal(sg.attrSpans["ingress.1.cidr_blocks"]?.start_line, 12);
    assert.equal(sg.attrSpans["ingress.1"]?.start_line, 10);
    assert.equal(sg.attrSpans["versioning.0.enabled"]?.start_line, 15);
    assert.deepEqual(sg.attrs, {
      name: "web",
      tags: { Name: "web" },
      ingress: [{ from_port: 22 }, { from_port: 443, cidr_blocks: ["0.0.0.0/0"] }],
      versioning: [{ enabled: true }],
    });
    assert.deepEqual(r.stats.files, { terraform: 1 });
  });

  it("emits data blocks with mode data and keeps meta-arguments out of attrs", async () => {
    const r = await loadTree({
      "main.tf": `
data "aws_iam_policy_document" "p" {
  statement { actions = ["s3:*"] }
}
resource "aws_s3_bucket" "b" {
  bucket     = "x"
  depends_on = [data.aws_iam_policy_document.p]
  lifecycle { prevent_destroy = true }
}`,
    });
    const d = recordOf(r, "data.aws_iam_policy_document.p");
    assert.equal(d.mode, "data");
    assert.deepEqual(d.attrs, { statement: [{ actions: ["s3:*"] }] });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.b").attrs, { bucket: "x" });
  });
});

describe("terraform loader: count, for_each and dynamic blocks", () => {
  it("expands count and for_each into addressed instances", async () => {
    const r = await loadTree({
      "main.tf": `
resource "aws_instance" "none" {
  count = 0
}
resource "aws_instance" "three" {
  count = 3
  name  = "web-\${count.index}"
}
resource "aws_s3_bucket" "m" {
  for_each = { logs = "private", site = "public-read" }
  bucket   = each.key
  acl      = each.value
}
resource "aws_s3_bucket" "s" {
  for_each = toset(["b", "a"])
  bucket   = "\${each.key}-\${each.value}"
}`,
    });
    assert.deepEqual(addresses(r), [
      "aws_instance.three[0]",
      "aws_instance.three[1]",
      "aws_instance.three[2]",
      'aws_s3_bucket.m["logs"]',
      'aws_s3_bucket.m["site"]',
      'aws_s3_bucket.s["a"]',
      'aws_s3_bucket.s["b"]',
    ]);
    assert.equal(recordOf(r, "aws_instance.three[2]").attrs.name, "web-2");
    assert.equal(recordOf(r, 'aws_s3_bucket.m["site"]').attrs.acl, "public-read");
    assert.equal(recordOf(r, 'aws_s3_bucket.s["b"]').attrs.bucket, "b-b");
  });

  it("keeps one instance with unknown instance values when count or for_each is unknown", async () => {
    const r = await loadTree({
      "main.tf": `
variable "n" {}
variable "names" {}
resource "aws_instance" "c" {
  count = var.n
  name  = "web-\${count.index}"
  type  = "t3.micro"
}
resource "aws_s3_bucket" "e" {
  for_each = var.names
  bucket   = each.key
  acl      = "private"
}`,
    });
    assert.deepEqual(addresses(r), ["aws_instance.c", "aws_s3_bucket.e"]);
    const c = recordOf(r, "aws_instance.c");
    assert.ok(isUnknown(c.attrs.name));
    assert.match((c.attrs.name as Unknown).reason, /unknown number of instances/);
    assert.equal(c.attrs.type, "t3.micro");
    const e = recordOf(r, "aws_s3_bucket.e");
    assert.ok(isUnknown(e.attrs.bucket));
    assert.equal(e.attrs.acl, "private");
  });

  it("expands dynamic blocks with iterators, nesting and unknown collections", async () => {
    const r = await loadTree({
      "main.tf": `
variable "rules" {
  default = [
    { port = 22, cidrs = ["10.0.0.0/8"] },
    { port = 443, cidrs = ["0.0.0.0/0", "::/0"] },
  ]
}
variable "unknown_rules" {}
resource "aws_security_group" "sg" {
  ingress {
    from_port = 1
  }
  dynamic "ingress" {
    for_each = var.rules
    iterator = rule
    content {
      from_port = rule.value.port
      index     = rule.key
      dynamic "source" {
        for_each = rule.value.cidrs
        content {
          cidr = source.value
        }
      }
    }
  }
  dynamic "egress" {
    for_each = var.unknown_rules
    content {
      from_port = 0
    }
  }
  dynamic "empty" {
    for_each = []
    content {
      x = 1
    }
  }
}`,
    });
    const sg = recordOf(r, "aws_security_group.sg");
    const ingress = sg.attrs.ingress as unknown[];
    assert.deepEqual(ingress, [
      { from_port: 1 },
      { from_port: 22, index: 0, source: [{ cidr: "10.0.0.0/8" }] },
      { from_port: 443, index: 1, source: [{ cidr: "0.0.0.0/0" }, { cidr: "::/0" }] },
    ]);
    assert.equal(sg.attrSpans["ingress.2.source.1.cidr"]?.start_line, 22);
    const egress = sg.attrs.egress as unknown[];
    assert.equal(egress.length, 1, "an unknown dynamic block is present, not absent");
    assert.ok(isUnknown(egress[0]));
    assert.deepEqual(sg.attrs.empty, []);
  });
});

describe("terraform loader: references", () => {
  it("resolves self to the instance's own arguments", async () => {
    const r = await loadTree({
      "main.tf": `
resource "aws_instance" "i" {
  count         = 2
  instance_type = "t3.micro"
  provisioner "local-exec" {
    command = "echo \${self.instance_type}"
  }
  user_data = "type=\${self.instance_type}"
  own_id    = self.id
}`,
    });
    const i = recordOf(r, "aws_instance.i[1]").attrs;
    assert.equal(i.user_data, "type=t3.micro");
    assert.deepEqual((i.own_id as Unknown).refs, ["aws_instance.i[1]"]);
    assert.equal(i.provisioner, undefined, "provisioners are not resource configuration");
  });

  it("resolves written arguments and leaves computed attributes unknown with refs", async () => {
    const r = await loadTree({
      "main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "logs"
}
resource "aws_s3_bucket" "many" {
  count  = 2
  bucket = "m\${count.index}"
}
data "aws_caller_identity" "me" {}
resource "random_id" "suffix" {
  byte_length = 4
}
resource "aws_s3_bucket_versioning" "v" {
  bucket   = aws_s3_bucket.b.id
  name     = aws_s3_bucket.b.bucket
  second   = aws_s3_bucket.many[1].bucket
  arn      = aws_s3_bucket.many[0].arn
  all      = aws_s3_bucket.many[*].bucket
  account  = data.aws_caller_identity.me.account_id
  random   = random_id.suffix.hex
  length   = random_id.suffix.byte_length
  module   = path.module
  ws       = terraform.workspace
  whole    = [aws_s3_bucket.b]
}`,
    });
    const v = recordOf(r, "aws_s3_bucket_versioning.v").attrs;
    const whole = (v.whole as unknown[])[0] as Unknown;
    assert.equal(
      Object.getPrototypeOf(whole),
      Unknown.prototype,
      "a whole resource is stored as a plain Unknown",
    );
    assert.deepEqual(whole.refs, ["aws_s3_bucket.b"]);
    assert.deepEqual((v.bucket as Unknown).refs, ["aws_s3_bucket.b"]);
    assert.equal(v.name, "logs");
    assert.equal(v.second, "m1");
    assert.deepEqual((v.arn as Unknown).refs, ["aws_s3_bucket.many[0]"]);
    assert.deepEqual(v.all, ["m0", "m1"]);
    assert.deepEqual((v.account as Unknown).refs, ["data.aws_caller_identity.me"]);
    assert.ok(isUnknown(v.random));
    assert.equal(v.length, 4);
    assert.equal(v.module, ".");
    assert.equal(v.ws, "default");
  });

  it("refers to a resource with unknown count by its base address", async () => {
    const r = await loadTree({
      "main.tf": `
variable "n" {}
resource "aws_s3_bucket" "b" {
  count = var.n
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b[0].id
}`,
    });
    const p = recordOf(r, "aws_s3_bucket_policy.p").attrs;
    assert.ok(isUnknown(p.bucket));
    assert.ok((p.bucket as Unknown).refs.includes("aws_s3_bucket.b"));
  });
});

describe("terraform loader: variables", () => {
  const tree = {
    "main.tf": `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "list" { default = [] }
variable "num" { default = 0 }
variable "str" { default = "" }
variable "none" {}
resource "test_thing" "t" {
  a = var.a
  b = var.b
  c = var.c
  d = var.d
  e = var.e
  list = var.list
  num = var.num
  str = var.str
  none = var.none
}`,
    "terraform.tfvars": 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\n',
    "terraform.tfvars.json":
      '{"b": "tfvars.json", "c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json"}',
    "x.auto.tfvars": 'c = "auto"\nd = "auto"\ne = "auto"\n',
    "extra.tfvars": 'd = "var-file"\ne = "var-file"\n',
  };

  it("applies Terraform's precedence: defaults, tfvars, auto tfvars, var files, --var", async () => {
    const r = await loadTree(tree, {
      varFiles: ["extra.tfvars"],
      vars: { e: "cli", list: '["x", "y"]', num: "42", str: "hello world" },
    });
    const t = recordOf(r, "test_thing.t").attrs;
    assert.deepEqual([t.a, t.b, t.c, t.d, t.e], ["tfvars", "tfvars.json", "auto", "var-file", "cli"]);
    assert.deepEqual(t.list, ["x", "y"]);
    assert.equal(t.num, 42);
    assert.equal(t.str, "hello world");
    assert.ok(isUnknown(t.none));
    assert.match((t.none as Unknown).reason, /variable "none" has no value/);
    assert.deepEqual(r.errors, []);
  });

  it("reads variables declared in a sibling file, also when the target is one file", async () => {
    const files = {
      "main.tf": 'resource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n',
      "variables.tf":
        'variable "name" { default = "from-variables-tf" }\nresource "aws_s3_bucket" "other" {}\n',
    };
    const dir = await loadTree(files);
    assert.equal(recordOf(dir, "aws_s3_bucket.b").attrs.bucket, "from-variables-tf");
    const single = await loadTree(files, { targets: ["main.tf"] });
    assert.equal(recordOf(single, "aws_s3_bucket.b").attrs.bucket, "from-variables-tf");
    assert.deepEqual(addresses(single), ["aws_s3_bucket.b"], "only the targeted file's blocks are reported");
  });
});

describe("terraform loader: override files", () => {
  it("merges override.tf and *_override.tf into the blocks they name", async () => {
    const r = await loadTree({
      "main.tf": `
locals { acl = "private" }
resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = local.acl
  versioning { enabled = false }
  logging { target_bucket = "logs" }
}`,
      "override.tf": 'locals { acl = "public-read" }\n',
      "z_override.tf": 'resource "aws_s3_bucket" "b" {\n  versioning { enabled = true }\n}\n',
    });
    const b = recordOf(r, "aws_s3_bucket.b");
    assert.deepEqual(b.attrs, {
      bucket: "b",
      acl: "public-read",
      logging: [{ target_bucket: "logs" }],
      versioning: [{ enabled: true }],
    });
    assert.equal(b.attrSpans["versioning.0.enabled"]?.file, "z_override.tf");
    assert.equal(r.records.length, 1);
  });
});

describe("terraform loader: provider facts and suppressions", () => {
  it("takes region, project and account from the provider block, honouring aliases", async () => {
    const r = await loadTree({
      "main.tf": `
variable "region" { default = "eu-west-1" }
provider "aws" { region = var.region }
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}
provider "google" {
  project = "my-proj"
  region  = "europe-west1"
}
provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
}
resource "aws_s3_bucket" "eu" {}
resource "aws_s3_bucket" "us" { provider = aws.us }
resource "google_storage_bucket" "g" {}
resource "azurerm_storage_account" "a" {}
resource "kubernetes_pod" "k" {}`,
    });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.eu").providerConfig, { region: "eu-west-1" });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.us").providerConfig, { region: "us-east-1" });
    assert.deepEqual(recordOf(r, "google_storage_bucket.g").providerConfig, {
      region: "europe-west1",
      project: "my-proj",
    });
    assert.deepEqual(recordOf(r, "azurerm_storage_account.a").providerConfig, {
      account: "00000000-0000-0000-0000-000000000000",
    });
    assert.equal(recordOf(r, "kubernetes_pod.k").providerConfig, undefined);
  });

  it("merges the AWS provider's default_tags into tags_all", async () => {
    const r = await loadTree({
      "main.tf": `
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { Owner = "platform", Env = "prod" }
  }
}
resource "aws_s3_bucket" "tagged" {
  tags = { Env = "dev", Name = "b" }
}
resource "aws_s3_bucket" "untagged" {}
resource "google_storage_bucket" "g" {}`,
    });
    const tagged = recordOf(r, "aws_s3_bucket.tagged");
    assert.deepEqual(tagged.attrs.tags_all, { Owner: "platform", Env: "dev", Name: "b" });
    assert.deepEqual(tagged.attrs.tags, { Env: "dev", Name: "b" });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.untagged").attrs.tags_all, {
      Owner: "platform",
      Env: "prod",
    });
    assert.deepEqual(tagged.providerConfig, { region: "eu-west-1" });
    assert.equal(recordOf(r, "google_storage_bucket.g").attrs.tags_all, undefined);
  });

  it("reads parapet:ignore on the first line, above the block and inside it", async () => {
    const r = await loadTree({
      "main.tf": `
# an unrelated comment
# parapet:ignore rule-above reviewed by security
// parapet:ignore rule-slashes
resource "aws_s3_bucket" "a" { # parapet:ignore rule-first-line on the first line
  bucket = "a"
  /* parapet:ignore rule-inside inside the body */
}

# parapet:ignore not-contiguous

resource "aws_s3_bucket" "b" {
  bucket = "b" # parapet:ignore rule-b
}
resource "aws_s3_bucket" "c" {}
`,
    });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.a").suppressions, {
      "rule-above": "reviewed by security",
      "rule-slashes": "",
      "rule-first-line": "on the first line",
      "rule-inside": "inside the body",
    });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.b").suppressions, { "rule-b": "" });
    assert.deepEqual(recordOf(r, "aws_s3_bucket.c").suppressions, {});
  });
});

describe("terraform loader: JSON syntax", () => {
  it("reads .tf.json with templates, nested blocks, maps and positions", async () => {
    const r = await loadTree({
      "main.tf.json": JSON.stringify(
        {
          variable: { env: { default: "prod" } },
          locals: { prefix: "app-${var.env}" },
          resource: {
            aws_s3_bucket: {
              b: {
                bucket: "${local.prefix}-data",
                tags: { Env: "${var.env}" },
                versioning: { enabled: true },
                count: 2,
              },
            },
          },
        },
        null,
        2,
      ),
    });
    const b = recordOf(r, "aws_s3_bucket.b[1]");
    assert.deepEqual(b.attrs, {
      bucket: "app-prod-data",
      tags: { Env: "prod" },
      versioning: [{ enabled: true }],
    });
    assert.equal(b.span.file, "main.tf.json");
    assert.equal(b.attrSpans["versioning.0.enabled"]?.start_line, 18);
    assert.equal(b.span.start_line, 12);
  });

  it("reads provider references, variable types and dynamic blocks in JSON, and text elsewhere", async () => {
    const r = await loadTree({
      "main.tf.json": JSON.stringify({
        provider: { aws: [{ region: "eu-west-1" }, { alias: "us", region: "us-east-1" }] },
        variable: { ports: { type: "list(number)", default: ["22", "443"] } },
        resource: {
          aws_security_group_rule: {
            r: { provider: "aws.us", type: "ingress", from_port: "${var.ports[0]}" },
          },
          aws_security_group: {
            sg: {
              dynamic: {
                ingress: { for_each: "${var.ports}", iterator: "p", content: { from_port: "${p.value}" } },
              },
            },
          },
        },
      }),
    });
    const rule = recordOf(r, "aws_security_group_rule.r");
    assert.deepEqual(rule.attrs, { type: "ingress", from_port: 22 });
    assert.deepEqual(rule.providerConfig, { region: "us-east-1" });
    assert.deepEqual(recordOf(r, "aws_security_group.sg").attrs, {
      ingress: [{ from_port: 22 }, { from_port: 443 }],
    });
  });

  it("reads suppressions from the JSON comment property", async () => {
    const r = await loadTree({
      "main.tf.json": JSON.stringify({
        resource: {
          aws_s3_bucket: { b: { "//": "parapet:ignore some-rule public website", bucket: "site" } },
        },
      }),
    });
    const b = recordOf(r, "aws_s3_bucket.b");
    assert.deepEqual(b.suppressions, { "some-rule": "public website" });
    assert.deepEqual(b.attrs, { bucket: "site" });
  });

  it("reports invalid JSON with its line", async () => {
    const r = await loadTree({ "bad.tf.json": '{\n  "resource": {\n    "a": ,\n  }\n}\n' });
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0]!.file, "bad.tf.json");
    assert.equal(r.errors[0]!.line, 3);
    assert.deepEqual(r.stats.files, { terraform: 1 });
  });
});
