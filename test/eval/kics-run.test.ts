import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinRules } from "../../src/rules/index.ts";
import { runKics } from "../../eval/kics/run.ts";

/** A miniature KICS corpus: two Terraform AWS queries, one mapped, and a stray mapping file. */
let root: string;
const RULE = "kms-key-rotation-enabled";

function write(path: string, text: string): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

const key = (name: string, body: string): string => `resource "aws_kms_key" "${name}" {\n${body}}\n`;

before(() => {
  root = mkdtempSync(join(tmpdir(), "parapet-kics-test-"));
  const q = join(root, "corpus/assets/queries/terraform/aws/key_rotation_off/test");
  // Both positives declare the same variable and resource names: scanned together they would clash.
  write(
    join(q, "positive1.tf"),
    'variable "on" {\n  default = false\n}\n' + key("k", "  enable_key_rotation = var.on\n"),
  );
  write(
    join(q, "positive2.tf"),
    'variable "on" {\n  default = false\n}\n\n\n' + key("k", '  description = "x"\n'),
  );
  write(join(q, "negative1.tf"), key("k", "  enable_key_rotation = true\n"));
  write(join(q, "negative2.tf"), key("k", "  enable_key_rotation = false\n"));
  write(join(q, "notes.yaml"), "not: a sample\n");
  write(
    join(q, "positive_expected_result.json"),
    JSON.stringify([
      { queryName: "Key rotation off", severity: "LOW", line: 5, fileName: "positive1.tf" },
      { queryName: "Key rotation off", severity: "LOW", line: 5, filename: "positive1.tf" },
      { queryName: "Key rotation off", severity: "LOW", line: 6, fileName: "positive2.tf" },
      { queryName: "Key rotation off", severity: "LOW", line: 1, fileName: "positive2.tf" },
    ]),
  );
  write(
    join(root, "corpus/assets/queries/terraform/aws/key_rotation_off/metadata.json"),
    '{"queryName":"Key rotation off"}',
  );
  const u = join(root, "corpus/assets/queries/terraform/aws/unmapped_query/test");
  write(join(u, "positive.tf"), key("u", "  enable_key_rotation = false\n"));
  write(join(u, "positive_expected_result.json"), JSON.stringify([{ line: 1 }, { line: 2 }]));
  write(
    join(root, "mapping/terraform-aws.tsv"),
    `# test mapping\nkey_rotation_off\t${RULE}\nno_such_query\t${RULE}\n`,
  );
  write(join(root, "mapping/aws.tsv"), "");
});

after(() => rmSync(root, { recursive: true, force: true }));

describe("runKics on a miniature corpus", () => {
  it("scans each sample alone and scores mapped and unmapped queries", async () => {
    const rules = builtinRules().filter((r) => r.id === RULE);
    const r = await runKics({
      corpus: join(root, "corpus"),
      mappingDir: join(root, "mapping"),
      rules,
      platforms: ["terraform/aws", "k8s"],
    });
    assert.equal(r.platforms.length, 1, "a platform absent from the corpus is left out");
    const run = r.platforms[0];
    assert.ok(run);
    const s = run.score;
    assert.deepEqual(
      [s.queries, s.mapped, s.expected, s.hits, s.negatives, s.flaggedNegatives],
      [2, 1, 3, 2, 2, 1],
    );
    assert.deepEqual(
      s.misses.map((m) => `${m.file}:${m.line}`),
      ["positive2.tf:1"],
    );
    assert.match(s.misses[0]?.diagnosis ?? "", /no normalized resource at this line/);
    assert.deepEqual(
      s.falsePositives.map((f) => `${f.file} ${f.rule}`),
      [`negative2.tf ${RULE}`],
    );
    // Unmapped: the finding is reported on line 2 (the attribute), not on line 1 (the block).
    assert.deepEqual([s.unmappedQueries, s.unmappedExpected, s.unmappedHits], [1, 2, 1]);
    assert.equal(run.samples, 5, "notes.yaml is not a Terraform sample");
    assert.equal(run.unread, 0);
    assert.deepEqual(
      r.problems.map((p) => p.replace(root, "ROOT")),
      [
        "ROOT/mapping/aws.tsv: not a platform's mapping file (expected one of terraform-aws.tsv, terraform-azure.tsv, terraform-gcp.tsv, cloudformation-aws.tsv, k8s.tsv, azure-resource-manager.tsv)",
        "ROOT/mapping/terraform-aws.tsv:3: no query folder no_such_query in the corpus",
      ],
    );
  });
});
