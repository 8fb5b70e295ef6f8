import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isUnknown, type Unknown } from "../../model/value.ts";
import { evalAttrs } from "./testing.ts";

const known = async (exprs: Record<string, string>, prelude = ""): Promise<Record<string, unknown>> => {
  const out = await evalAttrs(exprs, prelude);
  for (const [k, v] of Object.entries(out))
    if (isUnknown(v)) assert.fail(`${k} = ${exprs[k]} is unknown: ${v.reason}`);
  return out;
};

describe("terraform expressions", () => {
  it("evaluates literals, operators and conditionals", async () => {
    const v = await known({
      a: "1 + 2 * 3",
      b: "(1 + 2) * 3",
      c: "10 % 4",
      d: "7 / 2",
      e: "-5 + 1",
      f: "!true || false",
      g: "1 < 2 && 2 >= 2",
      h: '"a" == "a" ? "yes" : "no"',
      i: "[1, 2] == [1, 2]",
      j: "{ a = 1 } != { a = 2 }",
      k: "null",
      l: "1.5e3",
      m: '"5" + 1',
    });
    assert.deepEqual(v, {
      a: 7,
      b: 9,
      c: 2,
      d: 3.5,
      e: -4,
      f: false,
      g: true,
      h: "yes",
      i: true,
      j: true,
      k: null,
      l: 1500,
      m: 6,
    });
  });

  it("reads variables with defaults, locals and iteration", async () => {
    const prelude = `
variable "env" { default = "prod" }
variable "sizes" { default = { prod = 3, dev = 1 } }
variable "names" { default = ["a", "b", ""] }
locals {
  size = var.sizes[var.env]
  doubled = local.size * 2
  by_name = { for n in var.names : n => upper(n) if n != "" }
  grouped = { for n in ["x", "y", "x"] : n => n... }
  listed = [for i, n in var.names : "\${i}:\${n}"]
}`;
    const v = await known(
      {
        size: "local.size",
        doubled: "local.doubled",
        by_name: "local.by_name",
        grouped: "local.grouped",
        listed: "local.listed",
        splat: "[{ id = 1 }, { id = 2 }][*].id",
        attr_splat: "[{ id = 1 }, { id = 2 }].*.id",
        splat_single: "{ id = 3 }[*].id",
        index: "var.names[1]",
        legacy: "var.names.0",
        key: 'var.sizes["dev"]',
      },
      prelude,
    );
    assert.deepEqual(v, {
      size: 3,
      doubled: 6,
      by_name: { a: "A", b: "B" },
      grouped: { x: ["x", "x"], y: ["y"] },
      listed: ["0:a", "1:b", "2:"],
      splat: [1, 2],
      attr_splat: [1, 2],
      splat_single: [3],
      index: "b",
      legacy: "a",
      key: 1,
    });
  });

  it("renders templates, directives, escapes and heredocs", async () => {
    const prelude = `variable "xs" { default = ["a", "b"] }\nvariable "on" { default = true }`;
    const v = await known(
      {
        t: '"x-${var.on}-%{ if var.on }yes%{ else }no%{ endif }"',
        loop: '"%{ for x in var.xs }[${x}]%{ endfor }"',
        strip: '"a ${~ "b" ~} c"',
        esc: '"q\\"\\n\\t\\\\ $${x} %%{y} \\u00e9"',
        spaces: '"a  ${"b"}  c"',
        unicode: '"é😀${"x"} y"',
        passthrough: '"${var.xs}"',
        heredoc: "<<EOT\n  keep ${var.xs[0]}\n    indent\nEOT",
        flush: "<<-EOT\n    hello ${var.xs[1]}\n      more\n    EOT",
        loop_heredoc: "<<-EOT\n  %{ for x in var.xs ~}\n  - ${x}\n  %{ endfor ~}\n  EOT",
      },
      prelude,
    );
    assert.equal(v.t, "x-true-yes");
    assert.equal(v.loop, "[a][b]");
    assert.equal(v.strip, "abc");
    assert.equal(v.esc, 'q"\n\t\\ ${x} %{y} é');
    assert.equal(v.spaces, "a  b  c");
    assert.equal(v.unicode, "é😀x y");
    assert.deepEqual(v.passthrough, ["a", "b"]);
    assert.equal(v.heredoc, "  keep a\n    indent\n");
    assert.equal(v.flush, "hello b\n  more\n");
    assert.equal(v.loop_heredoc, "- a\n- b\n");
  });

  it("calls built-in functions", async () => {
    const cases: Record<string, [string, unknown]> = {
      lookup: ['lookup({ a = 1 }, "a")', 1],
      lookup_default: ['lookup({ a = 1 }, "b", 2)', 2],
      merge: ["merge({ a = 1, b = 1 }, { b = 2 })", { a: 1, b: 2 }],
      concat: ["concat([1], [2, 3])", [1, 2, 3]],
      length: ['length("héllo")', 5],
      format: ['format("%s-%03d-%t-%.1f", "a", 7, true, 1.26)', "a-007-true-1.3"],
      formatlist: ['formatlist("%s=%s", ["a", "b"], "v")', ["a=v", "b=v"]],
      join: ['join(",", ["a", "b"])', "a,b"],
      split: ['split(",", "a,b")', ["a", "b"]],
      case: ['"${lower("AB")}${upper("cd")}${title("hello world")}"', "abCDHello World"],
      replace: ['replace("a-b-c", "-", "_")', "a_b_c"],
      replace_re: ['replace("a1b22", "/[0-9]+/", "#")', "a#b#"],
      regex: ['regex("([a-z]+)-([0-9]+)", "ab-12")', ["ab", "12"]],
      regex_named: ['regex("(?P<word>[a-z]+)", "ab-12")', { word: "ab" }],
      regexall: ['regexall("[0-9]", "a1b2")', ["1", "2"]],
      contains: ['contains(["a"], "a")', true],
      coalesce: ['coalesce("", null, "x")', "x"],
      coalescelist: ["coalescelist([], [1])", [1]],
      compact: ['compact(["a", "", null, "b"])', ["a", "b"]],
      try: ['try(var.empty.attr, { a = 1 }.b, "fallback")', "fallback"],
      can: ['can(regex("^a", "abc"))', true],
      cannot: ["can({ a = 1 }.b)", false],
      conversions: ['[tostring(1), tonumber("2"), tobool("true")]', ["1", 2, true]],
      sets: ['toset(["a", "a", "b"])', ["a", "b"]],
      tolist: ["tolist([1])", [1]],
      tomap: ['tomap({ a = "b" })', { a: "b" }],
      json: ["jsonencode({ a = [1, true] })", '{"a":[1,true]}'],
      jsondecode: ['jsondecode("{\\"a\\": 1}").a', 1],
      yaml: ["yamlencode({ a = 1 })", "a: 1\n"],
      keys: ["keys({ b = 1, a = 2 })", ["a", "b"]],
      values: ["values({ b = 1, a = 2 })", [2, 1]],
      element: ['element(["a", "b"], 3)', "b"],
      index: ['index(["a", "b"], "b")', 1],
      flatten: ["flatten([[1, [2]], 3])", [1, 2, 3]],
      distinct: ["distinct([1, 1, 2])", [1, 2]],
      zipmap: ['zipmap(["a"], [1])', { a: 1 }],
      minmax: ["[min(3, 1), max(3, 1), abs(-2), ceil(1.2), floor(1.8)]", [1, 3, 2, 2, 1]],
      range: ["range(1, 7, 2)", [1, 3, 5]],
      substr: ['substr("hello", 1, 3)', "ell"],
      trims: [
        '[trimspace(" a "), trim("xax", "x"), trimprefix("ab", "a"), trimsuffix("ab", "b")]',
        ["a", "a", "b", "a"],
      ],
      starts: ['[startswith("ab", "a"), endswith("ab", "a")]', [true, false]],
      base64: ['base64decode(base64encode("hi"))', "hi"],
      hashes: [
        '[md5("a"), sha1("a"), substr(sha256("a"), 0, 8)]',
        ["0cc175b9c0f1b6a831c399e269772661", "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8", "ca978112"],
      ],
      one: ['[one([]), one(["x"])]', [null, "x"]],
      sum: ["sum([1, 2.5])", 3.5],
      slice: ['slice(["a", "b", "c"], 1, 3)', ["b", "c"]],
      reverse: ["reverse([1, 2])", [2, 1]],
      sort: ['sort(["b", "a"])', ["a", "b"]],
      setunion: ['setunion(["a"], ["b", "a"])', ["a", "b"]],
      setintersection: ['setintersection(["a", "b"], ["b"])', ["b"]],
      cidrsubnet: ['cidrsubnet("10.0.0.0/16", 8, 2)', "10.0.2.0/24"],
      cidrhost: ['cidrhost("10.0.1.0/24", 5)', "10.0.1.5"],
      expand: ["max([4, 9]...)", 9],
      provider_fn: ['provider::terraform::upper("a")', "A"],
    };
    const exprs = Object.fromEntries(Object.entries(cases).map(([k, [e]]) => [k, e]));
    const v = await evalAttrs(exprs, 'variable "empty" { default = {} }');
    for (const [k, [e, want]] of Object.entries(cases)) assert.deepEqual(v[k], want, `${k}: ${e}`);
  });

  it("propagates unknowns with the union of their references", async () => {
    const prelude = `
variable "nothing" {}
resource "aws_s3_bucket" "a" { bucket = "a" }
resource "aws_kms_key" "k" {}`;
    const v = await evalAttrs(
      {
        sum: "var.nothing + 1",
        text: '"${aws_s3_bucket.a.arn}/${aws_kms_key.k.arn}"',
        fn: "upper(aws_s3_bucket.a.id)",
        inside: "length([aws_s3_bucket.a.id, 1])",
        cond: "var.nothing ? aws_s3_bucket.a.arn : aws_kms_key.k.arn",
        same: 'var.nothing ? "x" : "x"',
        tried: 'try(aws_s3_bucket.a.id, "fallback")',
        can: "can(aws_s3_bucket.a.id)",
        and: "false && var.nothing",
        compare: "var.nothing == 1",
        stamp: "timestamp()",
      },
      prelude,
    );
    const refs = (x: unknown): string[] => {
      assert.ok(isUnknown(x), `expected unknown, got ${JSON.stringify(x)}`);
      return [...x.refs].sort();
    };
    assert.deepEqual(refs(v.sum), []);
    assert.match((v.sum as Unknown).reason, /variable "nothing" has no value/);
    assert.deepEqual(refs(v.text), ["aws_kms_key.k", "aws_s3_bucket.a"]);
    assert.deepEqual(refs(v.fn), ["aws_s3_bucket.a"]);
    assert.equal(v.inside, 2, "length of a known list with unknown elements is known");
    assert.deepEqual(refs(v.cond), ["aws_kms_key.k", "aws_s3_bucket.a"]);
    assert.equal(v.same, "x", "an unknown condition with equal branches is known");
    assert.deepEqual(refs(v.tried), ["aws_s3_bucket.a"], "try of an unknown stays unknown");
    assert.deepEqual(refs(v.can), ["aws_s3_bucket.a"]);
    assert.equal(v.and, false, "a known false decides &&");
    refs(v.compare);
    assert.match((v.stamp as Unknown).reason, /apply time/);
  });

  it("turns evaluation errors into unknowns, not crashes", async () => {
    const v = await evalAttrs({
      a: "{ a = 1 }.b",
      b: "[1][5]",
      c: "nosuch(1)",
      d: "1 / 0",
      e: "var.undeclared",
    });
    for (const k of ["a", "b", "c", "d", "e"]) assert.ok(isUnknown(v[k]), k);
  });

  it("applies optional() defaults of object types and converts input types", async () => {
    const prelude = `
variable "cfg" {
  type = object({ enabled = optional(bool, true), name = optional(string), tags = optional(map(string), {}) })
  default = {}
}
variable "n" {
  type = number
  default = "3"
}
variable "items" {
  type = list(object({ port = optional(number, 443) }))
  default = [{}, { port = 80 }]
}`;
    const v = await known({ cfg: "var.cfg", n: "var.n", items: "var.items[*].port" }, prelude);
    assert.deepEqual(v.cfg, { enabled: true, name: null, tags: {} });
    assert.equal(v.n, 3);
    assert.deepEqual(v.items, [443, 80]);
  });
});
