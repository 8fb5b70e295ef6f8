/**
 * A scan built in memory for the writer tests: synthetic rules and resources run through the real
 * evaluation and finding stages, with names, tags and messages an attacker could choose.
 */
import { buildGraph } from "../../src/engine/graph.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { buildFindings } from "../../src/engine/findings.ts";
import type { ScanReport } from "../../src/engine/report-model.ts";
import type { Resource } from "../../src/model/resource.ts";
import { fail, pass, undetermined, type Rule } from "../../src/rules/rule.ts";
import type { WriterContext } from "../../src/report/writer.ts";
import { unknown } from "../../src/model/value.ts";

export const XSS = "<script>alert(1)</script>";
export const QUOTED_TAG = `"quoted" & 'single' <b>bold</b>`;

const base = {
  providers: ["aws"] as Rule["providers"],
  resource_types: ["cloud_storage_bucket"],
  rationale: "Rationale with <html> & `code`.",
  auto_remediable: false,
  references: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
  ],
};

export const rules: Rule[] = [
  {
    ...base,
    id: "test-bucket-private",
    title: "Buckets are not public",
    severity: "critical",
    category: "public_exposure",
    remediation: {
      text: "Block public access.",
      code: {
        terraform:
          'resource "aws_s3_bucket_public_access_block" "b" {\n  block_public_acls = true # ``` </code>\n}',
      },
    },
    check: (r) =>
      r.config.public_access === true ? fail(`Bucket ${r.name} is public`, "public_access") : pass(),
  },
  {
    ...base,
    id: "test-bucket-encrypted",
    title: "Buckets are encrypted",
    severity: "medium",
    category: "encryption",
    remediation: { text: "Enable default encryption.", code: { cli: "aws s3api put-bucket-encryption ..." } },
    check: (r) => {
      const e = r.config.encryption_enabled;
      if (typeof e !== "boolean") return undetermined("encryption not known");
      return e ? pass() : fail(`Bucket ${r.name} is not encrypted`, "encryption_enabled");
    },
  },
  {
    ...base,
    id: "test-bucket-named",
    title: "Bucket names are checked",
    severity: "low",
    category: "data_protection",
    remediation: { text: "Rename.", code: {} },
    check: (r) => {
      if (r.name === "boom") throw new Error("rule crashed on <boom>");
      return pass();
    },
  },
];

function bucket(over: Partial<Resource> & { uid: string; name: string }): Resource {
  return {
    provider: "aws",
    type: "cloud_storage_bucket",
    native_type: "aws_s3_bucket",
    project: null,
    region: "us-east-1",
    tags: {},
    config: { public_access: false, encryption_enabled: true },
    metadata: {},
    raw: {},
    source: { kind: "terraform" },
    ...over,
  };
}

export function resources(): Resource[] {
  return [
    bucket({
      uid: "infra/my dir/main.tf#aws_s3_bucket.evil",
      name: XSS,
      tags: { owner: QUOTED_TAG, note: '=HYPERLINK("http://example.invalid")' },
      config: { public_access: true, encryption_enabled: false },
      source: {
        kind: "terraform",
        file: "infra/my dir/main.tf",
        start_line: 3,
        end_line: 9,
        address: "aws_s3_bucket.evil",
      },
      positions: { public_access: { file: "infra/my dir/main.tf", start_line: 5, end_line: 5 } },
    }),
    bucket({
      uid: "arn:aws:s3:::live-bucket",
      name: "live-bucket",
      project: "123456789012",
      config: { public_access: true, encryption_enabled: true },
      source: { kind: "aws", account: "123456789012", region: "us-east-1" },
    }),
    bucket({
      uid: "infra/main.tf#aws_s3_bucket.muted",
      name: "muted",
      config: { public_access: true, encryption_enabled: true },
      source: {
        kind: "terraform",
        file: "infra/main.tf",
        start_line: 20,
        end_line: 24,
        address: "aws_s3_bucket.muted",
      },
      suppressions: { "test-bucket-private": "Public website, approved in SEC-1 <b>" },
    }),
    bucket({
      uid: "infra/main.tf#aws_s3_bucket.unknown",
      name: "unknown",
      config: { public_access: false, encryption_enabled: unknown("var.kms has no value", ["var.kms"]) },
      source: { kind: "terraform", file: "infra/main.tf", start_line: 30, end_line: 33 },
    }),
    bucket({
      uid: "infra/main.tf#aws_s3_bucket.boom",
      name: "boom",
      source: { kind: "terraform", file: "infra/main.tf", start_line: 40, end_line: 42 },
    }),
  ];
}

export function sampleScan(extra: Resource[] = []): { report: ScanReport; ctx: WriterContext } {
  const all = [...resources(), ...extra];
  const graph = buildGraph(all);
  const results = evaluate(rules, all, graph);
  const findings = buildFindings(
    results,
    new Map([["test-bucket-private", [{ framework: "soc2", control: "CC6.1" }]]]),
    graph,
  );
  const muted = findings.filter((f) => f.status === "muted").length;
  const by = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (f.status === "fail") by[f.severity]++;
  const report: ScanReport = {
    version: 1,
    scan: {
      id: "00000000-0000-4000-8000-000000000000",
      started_at: "2025-01-01T00:00:00.000Z",
      finished_at: "2025-01-01T00:00:02.500Z",
      targets: ["infra"],
      parapet_version: "0.1.0",
    },
    summary: {
      resources: all.length,
      findings: findings.length - muted,
      by_severity: by,
      muted,
      posture_score: 40,
      unknown_checks: 1,
      errors: 2,
      files: { terraform: 2 },
      skipped_files: 0,
    },
    findings,
    errors: [
      { source: "terraform", file: "infra/bad & <file>.tf", line: 4, message: "unexpected token <" },
      {
        source: "rule",
        message: "test-bucket-named on infra/main.tf#aws_s3_bucket.boom: rule crashed on <boom>",
      },
    ],
  };
  return { report, ctx: { rules, color: false, cwd: "/work/repo", results } };
}
