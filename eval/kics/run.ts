/**
 * The harness's work, apart from printing: read each platform's queries and mapping, scan every
 * sample once with every built-in rule, and score each query.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rule } from "../../src/rules/rule.ts";
import { readQueries } from "./corpus.ts";
import { checkMapping, parseMapping, type Mapping } from "./mapping.ts";
import { PLATFORMS, type Platform } from "./platforms.ts";
import { scanSample, type SampleScan } from "./scan-sample.ts";
import { scoreQuery, sumPlatform, type PlatformScore, type QueryScore } from "./score.ts";

export interface RunOptions {
  /** The KICS corpus root: the folder holding `assets/queries`. */
  corpus: string;
  mappingDir: string;
  rules: Rule[];
  /** Platform ids to score; all of PLATFORMS when absent. */
  platforms?: readonly string[];
  onQuery?: (platform: string, done: number, total: number) => void;
}

export interface PlatformRun {
  score: PlatformScore;
  queries: QueryScore[];
  /** Sample files scanned, and how many of them no loader could read. */
  samples: number;
  unread: number;
}

export interface RunResult {
  platforms: PlatformRun[];
  /** Mapping and corpus problems, each naming its file. */
  problems: string[];
}

export async function runKics(opts: RunOptions): Promise<RunResult> {
  const problems: string[] = [];
  const known = new Set(PLATFORMS.map((p) => p.mapping));
  if (existsSync(opts.mappingDir)) {
    for (const f of readdirSync(opts.mappingDir).sort()) {
      if (f.endsWith(".tsv") && !known.has(f))
        problems.push(
          `${join(opts.mappingDir, f)}: not a platform's mapping file (expected one of ${[...known].join(", ")})`,
        );
    }
  }
  const ruleIds = new Set(opts.rules.map((r) => r.id));
  const selected = PLATFORMS.filter((p) => !opts.platforms || opts.platforms.includes(p.id));
  const platforms: PlatformRun[] = [];
  for (const platform of selected) {
    const run = await runPlatform(platform, opts, ruleIds, problems);
    if (run) platforms.push(run);
  }
  return { platforms, problems };
}

async function runPlatform(
  platform: Platform,
  opts: RunOptions,
  ruleIds: ReadonlySet<string>,
  problems: string[],
): Promise<PlatformRun | undefined> {
  const queries = readQueries(join(opts.corpus, "assets", "queries"), platform);
  if (queries.length === 0) return undefined;
  for (const q of queries) problems.push(...q.problems);
  const mappingFile = join(opts.mappingDir, platform.mapping);
  let mapping: Mapping = { queries: new Map(), problems: [] };
  if (existsSync(mappingFile)) {
    mapping = checkMapping(
      parseMapping(readFileSync(mappingFile, "utf8"), mappingFile),
      mappingFile,
      new Set(queries.map((q) => q.dir)),
      ruleIds,
    );
    problems.push(...mapping.problems);
  }
  const scores: QueryScore[] = [];
  let samples = 0;
  let unread = 0;
  for (const [i, q] of queries.entries()) {
    opts.onQuery?.(platform.id, i, queries.length);
    const scans = new Map<string, SampleScan>();
    for (const file of [...q.positives, ...q.negatives]) {
      const scan = await scanSample(q.testDir, file, q.support, opts.rules);
      samples++;
      if (!scan.read) unread++;
      scans.set(file, scan);
    }
    scores.push(scoreQuery(q, mapping.queries.get(q.dir)?.rules, scans));
  }
  return { score: sumPlatform(platform.id, scores), queries: scores, samples, unread };
}
