/**
 * The pipeline of DESIGN.md for IaC targets: sources → normalize → evaluate → score → report.
 */
import { randomUUID } from "node:crypto";
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { Resource } from "../model/resource.ts";
import type { ScanError } from "../model/raw.ts";
import type { Rule, Severity } from "../rules/rule.ts";
import { SEVERITIES } from "../rules/rule.ts";
import { discover, displayPath } from "../sources/discover.ts";
import { loadAll } from "../sources/index.ts";
import { normalize } from "../normalize/index.ts";
import { buildGraph } from "./graph.ts";
import { evaluate, type RuleResult } from "./evaluate.ts";
import { buildFindings } from "./findings.ts";
import { complianceIndex, loadFrameworks } from "../frameworks/catalog.ts";
import { postureScore } from "../score/posture.ts";
import type { ScanReport } from "./report-model.ts";
import { PARAPET_VERSION } from "../version.ts";

export interface ScanOptions {
  targets: string[];
  cwd: string;
  rules: Rule[];
  exclude?: string[];
  vars?: Record<string, string>;
  varFiles?: string[];
  parameters?: Record<string, string>;
  /** `--tf-dir`: the configuration Terraform plans were made from. */
  tfDir?: string;
  /** Called as the scan moves through its stages, for a progress display. */
  onProgress?: (stage: string, done?: number, total?: number) => void;
}

export interface ScanOutcome {
  report: ScanReport;
  resources: Resource[];
  results: RuleResult[];
  /** True when no target could be read at all (exit code 2). */
  nothingScanned: boolean;
}

export async function scanTargets(opts: ScanOptions): Promise<ScanOutcome> {
  const started = new Date();
  const progress = opts.onProgress ?? (() => {});
  progress("discovering files");
  const found = discover(opts.targets, { cwd: opts.cwd, exclude: opts.exclude ?? [] });
  const errors: ScanError[] = found.missing.map((t) => ({
    source: "input",
    file: t,
    message: "no such file or directory",
  }));
  const roots = opts.targets.flatMap((t) => {
    try {
      return [realpathSync(resolve(opts.cwd, t))];
    } catch {
      return [];
    }
  });
  const total = [...found.files.values()].reduce((n, l) => n + l.length, 0);
  progress("loading", 0, total);
  const loaded = await loadAll(found.files, {
    cwd: opts.cwd,
    display: (abs) => displayPath(abs, opts.cwd),
    roots,
    terraform: { vars: opts.vars ?? {}, varFiles: (opts.varFiles ?? []).map((f) => resolve(opts.cwd, f)) },
    cloudformation: { parameters: opts.parameters ?? {} },
    ...(opts.tfDir !== undefined ? { plan: { tfDir: resolve(opts.cwd, opts.tfDir) } } : {}),
  });
  errors.push(...loaded.errors);
  progress("normalizing");
  const normalized = normalize(loaded.records);
  errors.push(...normalized.errors);
  const resources = normalized.resources;
  return finishScan({
    started,
    targets: opts.targets,
    resources,
    rules: opts.rules,
    errors,
    stats: loaded.stats,
    skipped: [...found.skipped, ...loaded.stats.skipped],
    nothingScanned: Object.values(loaded.stats.files).reduce((n, k) => n + k, 0) === 0,
    progress,
  });
}

export interface FinishInput {
  started: Date;
  targets: string[];
  resources: Resource[];
  rules: Rule[];
  errors: ScanError[];
  stats?: { files: Record<string, number> };
  skipped?: { file: string; reason: string }[];
  nothingScanned: boolean;
  progress?: (stage: string, done?: number, total?: number) => void;
}

/** Evaluate, score and assemble the report: shared by IaC and live scans. */
export function finishScan(input: FinishInput): ScanOutcome {
  const progress = input.progress ?? (() => {});
  progress("evaluating", 0, input.resources.length);
  const graph = buildGraph(input.resources);
  const results = evaluate(input.rules, input.resources, graph);
  const frameworks = loadFrameworks();
  const findings = buildFindings(results, complianceIndex(frameworks), graph);
  const errors = [...input.errors];
  for (const r of results) {
    if (r.status === "error") {
      errors.push({
        source: "rule",
        ...(r.resource.source.file
          ? { file: r.resource.source.file, line: r.resource.source.start_line ?? 1 }
          : {}),
        message: `${r.rule.id} on ${r.resource.uid}: ${r.reason ?? "error"}`,
      });
    }
  }
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let muted = 0;
  for (const f of findings) {
    if (f.status === "muted") muted++;
    else by_severity[f.severity]++;
  }
  const mutedKeys = new Set(
    findings.filter((f) => f.status === "muted").map((f) => `${f.rule_id}\u0000${f.resource.uid}`),
  );
  const report: ScanReport = {
    version: 1,
    scan: {
      id: randomUUID(),
      started_at: input.started.toISOString(),
      finished_at: new Date().toISOString(),
      targets: input.targets,
      parapet_version: PARAPET_VERSION,
    },
    summary: {
      resources: input.resources.length,
      findings: findings.length - muted,
      by_severity,
      muted,
      posture_score: postureScore(results, (r) => mutedKeys.has(`${r.rule.id}\u0000${r.resource.uid}`)),
      unknown_checks: results.filter((r) => r.unknown).length,
      errors: errors.length,
      files: input.stats?.files ?? {},
      skipped_files: input.skipped?.length ?? 0,
    },
    findings,
    errors,
  };
  if (input.skipped?.length) report.skipped = input.skipped;
  return { report, resources: input.resources, results, nothingScanned: input.nothingScanned };
}
