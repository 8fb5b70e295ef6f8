/**
 * Store benchmark: records SCANS scans of RESOURCES resources each (default 100 × 20,000) and
 * times recording a scan and computing the metrics over the whole history, on SQLite and, when
 * PARAPET_TEST_PG_URL is set (scripts/setup-postgres.sh), on PostgreSQL.
 *
 *   node bench/store.ts [--scans 100] [--resources 20000]
 *
 * Each scan changes 2 % of the resources (a bucket made public or private again), so findings
 * open, resolve and reopen as in a real estate, and changed configurations make new snapshots.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { parseArgs } from "node:util";
import type { Resource } from "../src/model/resource.ts";
import { fail, pass, type Rule, type Severity } from "../src/rules/rule.ts";
import { finishScan } from "../src/engine/scan.ts";
import { openStore, type Store } from "../src/store/open-store.ts";
import { recordScan } from "../src/store/record-scan.ts";
import { metricsFromStore } from "../src/store/metrics-query.ts";
import { DEFAULT_SLA } from "../src/metrics/compute.ts";

const { values } = parseArgs({
  options: { scans: { type: "string", default: "100" }, resources: { type: "string", default: "20000" } },
});
const SCANS = Number(values.scans);
const RESOURCES = Number(values.resources);

function rule(id: string, severity: Severity, key: string, bad: unknown): Rule {
  return {
    id,
    title: id,
    severity,
    category: "data_protection",
    providers: ["aws"],
    resource_types: ["cloud_storage_bucket"],
    rationale: "",
    remediation: { text: "", code: {} },
    auto_remediable: false,
    references: [],
    check: (r) => (r.config[key] === bad ? fail(`${id}`) : pass()),
  };
}
const RULES = [
  rule("bench-private", "critical", "public_access", true),
  rule("bench-encrypted", "high", "encrypted", false),
  rule("bench-logging", "medium", "logging", false),
];

function estate(scan: number): Resource[] {
  return Array.from({ length: RESOURCES }, (_, i) => {
    // 2 % of the buckets flip between public and private on every scan.
    const churn = i % 50 === scan % 50;
    const file = `modules/m${i % 200}/main.tf`;
    return {
      uid: `${file}#aws_s3_bucket.b${i}`,
      provider: "aws",
      type: "cloud_storage_bucket",
      native_type: "aws_s3_bucket",
      name: `b${i}`,
      project: `acct-${i % 5}`,
      region: "eu-west-1",
      tags: { owner: `team-${i % 12}`, env: i % 3 === 0 ? "prod" : "dev" },
      config: {
        public_access: churn ? scan % 2 === 0 : i % 97 === 0,
        encrypted: i % 7 !== 0,
        logging: i % 11 !== 0,
        versioning: { enabled: true },
      },
      metadata: {},
      raw: { bucket: `b${i}`, acl: "private" },
      source: { kind: "terraform", file, start_line: 1, end_line: 9, address: `aws_s3_bucket.b${i}` },
    };
  });
}

async function run(name: string, url: string): Promise<void> {
  const store: Store = await openStore(url);
  const times: number[] = [];
  let cpu = 0;
  const start = Date.parse("2026-01-01T00:00:00Z");
  for (let s = 0; s < SCANS; s++) {
    const outcome = finishScan({
      started: new Date(start + s * 3600_000),
      targets: ["."],
      resources: estate(s),
      rules: RULES,
      errors: [],
      nothingScanned: false,
    });
    outcome.report.scan.finished_at = new Date(start + s * 3600_000 + 60_000).toISOString();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await recordScan(store, outcome, { cwd: "/bench" });
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
    times.push(performance.now() - t0);
    if ((s + 1) % 10 === 0) process.stderr.write(`${name}: ${s + 1}/${SCANS} scans recorded\n`);
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m = await metricsFromStore(
    store,
    { from: new Date(start).toISOString(), to: new Date(start + SCANS * 3600_000).toISOString() },
    DEFAULT_SLA,
    [],
  );
  const metricsMs = performance.now() - t0;
  const mc = process.cpuUsage(c0);
  const metricsCpu = (mc.user + mc.system) / 1000;
  await store.close();
  const sorted = [...times].sort((a, b) => a - b);
  const q = (p: number): string =>
    (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! / 1000).toFixed(2);
  const mean = times.reduce((a, b) => a + b, 0) / times.length / 1000;
  process.stdout.write(
    `${name}: ${SCANS} scans × ${RESOURCES} resources (${RESOURCES * RULES.length} results each)\n` +
      `  record a scan: mean ${mean.toFixed(2)} s, median ${q(0.5)} s, p95 ${q(0.95)} s, first ${(times[0]! / 1000).toFixed(2)} s, last ${(times.at(-1)! / 1000).toFixed(2)} s; ` +
      `Node CPU ${(cpu / times.length / 1000).toFixed(2)} s a scan\n` +
      `  metrics over the whole history: ${(metricsMs / 1000).toFixed(2)} s (Node CPU ${(metricsCpu / 1000).toFixed(2)} s) ` +
      `(${m.overall.detected} detections, ${m.overall.resolved} resolutions, posture ${m.overall.posture_score}%)\n`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "parapet-bench-"));
try {
  const file = join(dir, "bench.db");
  await run("sqlite", file);
  process.stdout.write(`  database file: ${(statSync(file).size / 1e6).toFixed(0)} MB\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const PG = process.env["PARAPET_TEST_PG_URL"];
if (PG) {
  const name = `parapet_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(PG);
  url.pathname = `/${name}`;
  try {
    await run("postgres", url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  process.stdout.write("postgres: skipped (PARAPET_TEST_PG_URL is not set; see scripts/setup-postgres.sh)\n");
}
