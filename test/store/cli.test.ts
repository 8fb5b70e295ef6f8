/** The history verbs end to end through the real CLI, on a Terraform project in a temp directory. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { PG_SKIP, PG_URL, postgres } from "./backends.ts";
import type { ScanReport } from "../../src/engine/report-model.ts";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

function parapet(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const env = { ...process.env };
  delete env["PARAPET_DB"];
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd, encoding: "utf8", env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sg = (port: number) => `
resource "aws_security_group" "web" {
  name = "web"
  tags = { owner = "team-web" }
  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

test("scan records; exceptions mute; history, baseline, drift and metrics read the store", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  const first = parapet(dir, "scan", ".", "-f", "json", "--fail-on", "none", "-q");
  assert.equal(first.code, 0, first.err);
  assert.ok(existsSync(join(dir, ".parapet", "parapet.db")), "the default store is created on first use");
  const report = JSON.parse(first.out) as ScanReport;
  const finding = report.findings.find((f) => f.severity === "critical") ?? report.findings[0]!;
  assert.ok(finding, "the world-open security group has findings");

  const history = JSON.parse(parapet(dir, "history", "--format", "json").out) as {
    scan_id: string;
    score: number;
  }[];
  assert.deepEqual(
    history.map((p) => [p.scan_id, p.score]),
    [[report.scan.id, report.summary.posture_score]],
  );

  const refused = parapet(
    dir,
    "exceptions",
    "add",
    "--rule",
    finding.rule_id,
    "--resource",
    finding.resource.uid,
    "--approver",
    "sec",
  );
  assert.equal(refused.code, 2);
  assert.match(refused.err, /justification/);
  const added = parapet(
    dir,
    "exceptions",
    "add",
    "--rule",
    finding.rule_id,
    "--resource",
    finding.resource.uid,
    "--approver",
    "sec",
    "--justification",
    "bastion, reviewed",
    "--for",
    "7d",
  );
  assert.equal(added.code, 0, added.err);
  const second = JSON.parse(
    parapet(dir, "scan", ".", "-f", "json", "--fail-on", "none", "-q").out,
  ) as ScanReport;
  const muted = second.findings.find((f) => f.id === finding.id)!;
  assert.equal(muted.status, "muted");
  assert.match(muted.muted_reason ?? "", /bastion, reviewed/);
  assert.equal(second.summary.muted, report.summary.muted + 1);

  assert.equal(parapet(dir, "baseline", "save").code, 0);
  writeFileSync(join(dir, "main.tf"), sg(3389));
  const drift = parapet(dir, "drift", ".", "--format", "json", "--no-attribution", "--fail-on", "critical");
  assert.equal(drift.code, 1, drift.err);
  const d = JSON.parse(drift.out) as {
    drift: { uid: string; kind: string; relevance: string; changes: { path: string }[] }[];
  };
  assert.deepEqual(
    d.drift.map((x) => [x.uid, x.kind, x.relevance]),
    [["main.tf#aws_security_group.web", "changed", "critical"]],
  );
  assert.ok(d.drift[0]!.changes.every((c) => c.path === "rules"));

  const metrics = JSON.parse(parapet(dir, "metrics", "--format", "json").out) as {
    overall: { exceptions: { numerator: number }; detected: number };
    by_team: Record<string, unknown>;
  };
  assert.equal(metrics.overall.exceptions.numerator, 1);
  assert.ok(metrics.overall.detected >= report.findings.length);
  assert.ok("team-web" in metrics.by_team);
  const table = parapet(dir, "metrics", "--by", "provider");
  assert.match(table.out, /provider aws/);
  assert.equal(parapet(dir, "metrics", "--since", "soon").code, 2);
});

test("--no-store leaves no history behind", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  const r = parapet(dir, "scan", ".", "--no-store", "--fail-on", "none", "-q");
  assert.equal(r.code, 0, r.err);
  assert.equal(existsSync(join(dir, ".parapet")), false);
});

test("a store that cannot be opened warns and does not fail the scan", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  writeFileSync(join(dir, "not-a-dir"), "");
  const r = parapet(dir, "scan", ".", "--db", join(dir, "not-a-dir", "x.db"), "--fail-on", "none", "-q");
  assert.equal(r.code, 0);
  assert.match(r.err, /warning: the scan was not recorded/);
});

test("--db postgres://… records in PostgreSQL", async (t) => {
  if (!PG_URL) {
    t.skip(PG_SKIP);
    return;
  }
  const { url, cleanup } = await postgres.fresh();
  try {
    const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
    writeFileSync(join(dir, "main.tf"), sg(22));
    assert.equal(parapet(dir, "scan", ".", "--db", url, "--fail-on", "none", "-q").code, 0);
    const history = JSON.parse(parapet(dir, "history", "--db", url, "--format", "json").out) as unknown[];
    assert.equal(history.length, 1);
    assert.equal(existsSync(join(dir, ".parapet")), false);
  } finally {
    await cleanup();
  }
});

const accept = (rule: string, uid: string, ...more: string[]) => [
  "exceptions",
  "add",
  "--rule",
  rule,
  "--resource",
  uid,
  "--approver",
  "sec",
  "--justification",
  "reviewed",
  ...more,
];

test("--no-store still mutes accepted risks, reading the store without creating one", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  const scan = (...args: string[]) =>
    JSON.parse(parapet(dir, "scan", ".", "-f", "json", "--fail-on", "none", "-q", ...args).out) as ScanReport;
  const absent = join(dir, "absent.db");
  const open = scan("--no-store", "--db", absent);
  assert.equal(existsSync(absent), false, "no store is created to look for exceptions");
  const finding = open.findings.find((f) => f.status === "fail")!;
  assert.equal(parapet(dir, ...accept(finding.rule_id, "*web*")).code, 0);
  const unrecorded = scan("--no-store");
  assert.equal(unrecorded.findings.find((f) => f.id === finding.id)!.status, "muted");
  assert.equal(unrecorded.summary.muted, open.summary.muted + 1);
  const history = JSON.parse(parapet(dir, "history", "--format", "json").out) as unknown[];
  assert.deepEqual(history, [], "the --no-store scan is not recorded");
});

test("an exception names a built-in or configured rule; a typo is refused with the nearest ids", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  const typo = parapet(dir, ...accept("aws-rds-multiaz-enabled", "*"));
  assert.equal(typo.code, 2);
  assert.match(typo.err, /no rule "aws-rds-multiaz-enabled".*did you mean aws-rds-multi-az-enabled\?/);
  assert.match(parapet(dir, ...accept("no-such-rule", "*")).err, /--custom-rule/);
  assert.equal(parapet(dir, ...accept("no-such-rule", "*", "--custom-rule")).code, 0);
  writeFileSync(
    join(dir, "parapet.yml"),
    'custom_rules:\n  - id: acme-bucket-tagged\n    description: d\n    severity: low\n    resource_type: aws_s3_bucket\n    condition: "true"\n',
  );
  assert.equal(parapet(dir, ...accept("acme-bucket-tagged", "*")).code, 0);
  assert.match(parapet(dir, ...accept("acme-bucket-tag", "*")).err, /did you mean acme-bucket-tagged\?/);
  const listed = JSON.parse(parapet(dir, "exceptions", "list", "--format", "json").out) as {
    rule_id: string;
  }[];
  assert.deepEqual(
    listed.map((e) => e.rule_id),
    ["no-such-rule", "acme-bucket-tagged"],
  );
});

test("history counts each provider's own open findings", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  writeFileSync(
    join(dir, "gcp.tf"),
    'resource "google_storage_bucket" "b" {\n  name     = "b"\n  location = "EU"\n}\n',
  );
  const report = JSON.parse(
    parapet(dir, "scan", ".", "-f", "json", "--fail-on", "none", "-q").out,
  ) as ScanReport;
  const open = (p: string) => report.findings.filter((f) => f.status === "fail" && f.resource.provider === p);
  assert.ok(open("aws").length > 0 && open("gcp").length > 0, "both providers have open findings");
  const history = JSON.parse(parapet(dir, "history", "--format", "json").out) as {
    provider: string;
    findings: number;
  }[];
  assert.deepEqual(history.map((p) => [p.provider, p.findings]).sort(), [
    ["aws", open("aws").length],
    ["gcp", open("gcp").length],
  ]);
  assert.match(parapet(dir, "history").out, new RegExp(`${open("gcp").length} open findings`));
});

test("a --var-file that does not exist is a usage error naming it", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(join(dir, "main.tf"), sg(22));
  const r = parapet(dir, "scan", ".", "--no-store", "-q", "--var-file", "prod.tfvars");
  assert.equal(r.code, 2);
  assert.match(r.err, /--var-file: prod\.tfvars: no such file/);
  assert.equal(r.out, "");
});

test("an exception needs an approver the config's require_approval_from names", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-cli-"));
  writeFileSync(
    join(dir, ".cspm-pipeline.yml"),
    'exceptions:\n  require_approval_from:\n    - "cloud-security-team"\n  max_exception_duration: "90d"\n',
  );
  const add = (approver: string) =>
    parapet(
      dir,
      "exceptions",
      "add",
      "--rule",
      "storage-bucket-encrypted",
      "--resource",
      "*",
      "--approver",
      approver,
      "--justification",
      "reviewed",
      "--db",
      join(dir, "h.db"),
    );
  const refused = add("bob");
  assert.equal(refused.code, 2);
  assert.match(refused.err, /requires approval from cloud-security-team/);
  assert.equal(add("cloud-security-team").code, 0);
});
