/** The harness's output: Markdown tables (pasted into BENCHMARKS.md) and tab-separated listings. */
import type { PlatformRun } from "./run.ts";
import { percent, type FalsePositive, type Miss } from "./score.ts";

export function mappedTable(runs: readonly PlatformRun[]): string {
  const head =
    "| platform | queries | mapped (coverage) | expected pairs | hits | recall | negative samples | FP findings | negatives flagged (FP rate) |";
  const rows = runs.map(({ score: s }) =>
    row([
      s.platform,
      String(s.queries),
      `${s.mapped} (${percent(s.mapped, s.queries)})`,
      String(s.expected),
      String(s.hits),
      percent(s.hits, s.expected),
      String(s.negatives),
      String(s.falsePositives.length),
      `${s.flaggedNegatives} (${percent(s.flaggedNegatives, s.negatives)})`,
    ]),
  );
  return [head, separator(9), ...rows].join("\n");
}

export function unmappedTable(runs: readonly PlatformRun[]): string {
  const head =
    "| platform | unmapped queries | expected pairs | reached at line by any rule | line-level recall | samples not read |";
  const rows = runs.map(({ score: s, samples, unread }) =>
    row([
      s.platform,
      String(s.unmappedQueries),
      String(s.unmappedExpected),
      String(s.unmappedHits),
      percent(s.unmappedHits, s.unmappedExpected),
      `${unread} of ${samples}`,
    ]),
  );
  return [head, separator(6), ...rows].join("\n");
}

/** The first `limit` misses of mapped queries, one line each. */
export function missListing(platform: string, misses: readonly Miss[], limit: number): string {
  if (misses.length === 0) return `${platform}: no misses`;
  const lines = misses
    .slice(0, limit)
    .map((m) => `  ${m.query}  ${m.file}:${m.line}  [${m.rules.join(",")}]  ${m.diagnosis}`);
  const more = misses.length > limit ? [`  … ${misses.length - limit} more in the full listing`] : [];
  return [`${platform}: ${misses.length} missed pair(s) of mapped queries`, ...lines, ...more].join("\n");
}

export function falsePositiveListing(platform: string, fps: readonly FalsePositive[], limit: number): string {
  if (fps.length === 0) return `${platform}: no false positives`;
  const lines = fps
    .slice(0, limit)
    .map((f) => `  ${f.query}  ${f.file}:${f.line ?? "?"}  ${f.rule}  ${f.uid}`);
  const more = fps.length > limit ? [`  … ${fps.length - limit} more in the full listing`] : [];
  return [`${platform}: ${fps.length} false-positive finding(s)`, ...lines, ...more].join("\n");
}

/** Every miss, mapped and unmapped, as TSV with a header line. */
export function missesTsv(runs: readonly PlatformRun[]): string {
  const lines = ["platform\tquery\tfile\tline\tmapped_rules\tdiagnosis"];
  for (const { score } of runs) {
    for (const m of [...score.misses, ...score.unmappedMisses])
      lines.push(
        [score.platform, m.query, m.file, String(m.line), m.rules.join(","), tsvCell(m.diagnosis)].join("\t"),
      );
  }
  return lines.join("\n") + "\n";
}

export function falsePositivesTsv(runs: readonly PlatformRun[]): string {
  const lines = ["platform\tquery\tfile\tline\trule\tresource"];
  for (const { score } of runs) {
    for (const f of score.falsePositives)
      lines.push([score.platform, f.query, f.file, String(f.line ?? ""), f.rule, f.uid].join("\t"));
  }
  return lines.join("\n") + "\n";
}

const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const separator = (n: number): string => `|${"---|".repeat(n)}`;
const tsvCell = (s: string): string => s.replace(/[\t\r\n]+/g, " ");
