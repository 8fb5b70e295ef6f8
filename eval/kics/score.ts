/**
 * Scoring Parapet against one query's samples, as ../shared/corpus/README.md describes:
 *
 * - a mapped query's expected (file, line) pair is hit when one of its mapped rules fails on a
 *   resource whose block (or a block joined into it) contains the line, or reports the failure
 *   at that line;
 * - a false positive is a failure of a mapped rule on one of the query's negative samples
 *   (failures of other rules there are not: those samples often break other rules on purpose);
 * - an unmapped query's pair counts as reached at line level when any rule reports a failure
 *   starting on that line, or inside an attribute span (not a whole resource block) containing it.
 *
 * Pure functions over `SampleScan`s, so that the arithmetic is tested without scanning.
 */
import type { QueryCase } from "./corpus.ts";
import type { Pair } from "./expected.ts";
import type { Block, LineSpan, SampleScan, Verdict } from "./scan-sample.ts";

export interface Miss {
  query: string;
  file: string;
  line: number;
  /** The mapped rules; empty for an unmapped query. */
  rules: string[];
  /** What the scan did at that line: the first thing to read when classifying the miss. */
  diagnosis: string;
}

export interface FalsePositive {
  query: string;
  file: string;
  rule: string;
  uid: string;
  line: number | undefined;
}

export interface QueryScore {
  query: string;
  mapped: boolean;
  expected: number;
  hits: number;
  misses: Miss[];
  negatives: number;
  /** Negative samples with at least one failure of a mapped rule. */
  flaggedNegatives: number;
  falsePositives: FalsePositive[];
}

const within = (line: number, s: LineSpan): boolean => s.start <= line && line <= s.end;

function blockOf(scan: SampleScan, uid: string): Block | undefined {
  return scan.resources.find((r) => r.uid === uid);
}

/** A failure of one of `rules` at `line` or on the block containing it. */
export function hitByRules(scan: SampleScan, line: number, rules: ReadonlySet<string>): boolean {
  return scan.verdicts.some(
    (v) =>
      v.status === "fail" &&
      rules.has(v.rule) &&
      ((v.location !== undefined && within(line, v.location)) ||
        (blockOf(scan, v.uid)?.spans.some((s) => within(line, s)) ?? false)),
  );
}

/** A failure of any rule reported at `line`: starting there, or in an attribute span around it. */
export function hitAtLine(scan: SampleScan, line: number): boolean {
  return scan.verdicts.some((v) => {
    const at = v.location;
    if (v.status !== "fail" || at === undefined) return false;
    if (at.start === line) return true;
    const wholeBlock =
      blockOf(scan, v.uid)?.spans.some((s) => s.start === at.start && s.end === at.end) ?? false;
    return !wholeBlock && within(line, at);
  });
}

/** What the scan did at a missed line, in words, for the one who classifies the miss. */
export function diagnose(scan: SampleScan | undefined, line: number, rules: readonly string[]): string {
  if (scan === undefined) return "sample not scanned";
  if (!scan.read) return `not read${scan.errors.length ? `: ${scan.errors[0]}` : ""}`;
  const blocks = scan.resources.filter((r) => r.spans.some((s) => within(line, s)));
  const notes: string[] = [];
  if (blocks.length === 0) {
    notes.push("no normalized resource at this line");
  }
  for (const rule of rules) {
    for (const b of blocks) {
      const v = scan.verdicts.find((x) => x.rule === rule && x.uid === b.uid);
      notes.push(`${rule} ${describe(v, b)}`);
    }
    const elsewhere = scan.verdicts.filter((v) => v.rule === rule && v.status === "fail" && v.location);
    if (elsewhere.length > 0 && blocks.every((b) => !elsewhere.some((v) => v.uid === b.uid)))
      notes.push(`${rule} fails at line ${elsewhere.map((v) => v.location?.start).join(", ")} instead`);
  }
  if (scan.errors.length > 0) notes.push(`errors: ${scan.errors.slice(0, 2).join(" | ")}`);
  return notes.join("; ");
}

function describe(v: Verdict | undefined, b: Block): string {
  const on = `${b.native_type} (${b.type})`;
  if (v === undefined) return `does not apply to ${on}`;
  if (v.status === "skip") return `${v.unknown ? "unknown" : "skipped"} on ${on}: ${v.reason ?? ""}`;
  if (v.status === "error") return `error on ${on}: ${v.reason ?? ""}`;
  return `${v.status === "pass" ? "passes" : "fails"} on ${on}`;
}

/**
 * Scores one query. `rules` is the mapped rule set, undefined for an unmapped query (then the
 * pairs are scored at line level by any rule, and negatives are not judged). `scans` holds the
 * query's samples by file name.
 */
export function scoreQuery(
  q: QueryCase,
  rules: readonly string[] | undefined,
  scans: ReadonlyMap<string, SampleScan>,
): QueryScore {
  const ruleSet = new Set(rules ?? []);
  const score: QueryScore = {
    query: q.dir,
    mapped: rules !== undefined,
    expected: q.expected.length,
    hits: 0,
    misses: [],
    negatives: 0,
    flaggedNegatives: 0,
    falsePositives: [],
  };
  for (const pair of q.expected) {
    const scan = scans.get(pair.file);
    const hit =
      scan !== undefined && (rules ? hitByRules(scan, pair.line, ruleSet) : hitAtLine(scan, pair.line));
    if (hit) score.hits++;
    else score.misses.push(miss(q.dir, pair, rules ?? [], diagnose(scan, pair.line, rules ?? [])));
  }
  if (rules === undefined) return score;
  score.negatives = q.negatives.length;
  for (const file of q.negatives) {
    const found = (scans.get(file)?.verdicts ?? []).filter((v) => v.status === "fail" && ruleSet.has(v.rule));
    if (found.length > 0) score.flaggedNegatives++;
    for (const v of found)
      score.falsePositives.push({ query: q.dir, file, rule: v.rule, uid: v.uid, line: v.location?.start });
  }
  return score;
}

function miss(query: string, pair: Pair, rules: readonly string[], diagnosis: string): Miss {
  return { query, file: pair.file, line: pair.line, rules: [...rules], diagnosis };
}

export interface PlatformScore {
  platform: string;
  queries: number;
  mapped: number;
  expected: number;
  hits: number;
  negatives: number;
  flaggedNegatives: number;
  falsePositives: FalsePositive[];
  misses: Miss[];
  unmappedQueries: number;
  unmappedExpected: number;
  unmappedHits: number;
  /** Unmapped pairs nothing reported, for the full listing. */
  unmappedMisses: Miss[];
}

export function sumPlatform(platform: string, scores: readonly QueryScore[]): PlatformScore {
  const mapped = scores.filter((s) => s.mapped);
  const unmapped = scores.filter((s) => !s.mapped);
  const sum = (list: readonly QueryScore[], f: (s: QueryScore) => number): number =>
    list.reduce((n, s) => n + f(s), 0);
  return {
    platform,
    queries: scores.length,
    mapped: mapped.length,
    expected: sum(mapped, (s) => s.expected),
    hits: sum(mapped, (s) => s.hits),
    negatives: sum(mapped, (s) => s.negatives),
    flaggedNegatives: sum(mapped, (s) => s.flaggedNegatives),
    falsePositives: mapped.flatMap((s) => s.falsePositives),
    misses: mapped.flatMap((s) => s.misses),
    unmappedQueries: unmapped.length,
    unmappedExpected: sum(unmapped, (s) => s.expected),
    unmappedHits: sum(unmapped, (s) => s.hits),
    unmappedMisses: unmapped.flatMap((s) => s.misses),
  };
}

/** `n / d` as a percentage with one decimal, or "–" when there is nothing to divide. */
export function percent(n: number, d: number): string {
  return d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`;
}
