import type { Command } from "commander";
import { UsageError } from "./args.ts";
import { withStore } from "../store/open-store.ts";
import { postureTrend, type TrendPoint } from "../store/history-queries.ts";
import { inert } from "../report/text.ts";

interface HistoryFlags {
  scope?: string;
  provider?: string;
  limit: string;
  format: string;
  db?: string;
}

export function registerHistory(program: Command): void {
  program
    .command("history")
    .description("the posture score trend of recorded scans, per scope and provider")
    .option("--scope <key>", "only scans of this scope (the targets, as listed)")
    .option("--provider <provider>", "only this provider")
    .option("--limit <n>", "the last N scans of each scope", "20")
    .option("--format <format>", "table | json", "table")
    .option("--db <url>", "history store (default: $PARAPET_DB, else .parapet/parapet.db)")
    .action(async (flags: HistoryFlags) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError(`--limit: expected a positive integer, got "${flags.limit}"`);
      if (flags.format !== "table" && flags.format !== "json")
        throw new UsageError(`--format: expected table or json`);
      await withStore(flags.db, process.cwd(), async (store) => {
        const points = await postureTrend(store, {
          limit,
          ...(flags.scope !== undefined ? { scope: flags.scope } : {}),
          ...(flags.provider !== undefined ? { provider: flags.provider } : {}),
        });
        process.stdout.write(
          flags.format === "json" ? JSON.stringify(points, null, 2) + "\n" : renderTrend(points),
        );
      });
    });
}

const BARS = "▁▂▃▄▅▆▇█";

export function renderTrend(points: readonly TrendPoint[]): string {
  if (points.length === 0) return "no scans recorded yet: run parapet scan\n";
  const groups = new Map<string, TrendPoint[]>();
  for (const p of points) {
    const key = `${p.scope_key}\u0000${p.provider}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: string[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const scores = list.filter((p) => p.score !== null).map((p) => p.score!);
    const spark = scores
      .map((s) => BARS[Math.min(BARS.length - 1, Math.floor((s / 100) * BARS.length))])
      .join("");
    out.push(`scope ${inert(first.scope_key)} · ${inert(first.provider)}   ${spark}`);
    let previous: number | null = null;
    for (const p of list) {
      const delta =
        p.score === null || previous === null
          ? ""
          : `${p.score >= previous ? "+" : ""}${(p.score - previous).toFixed(1)}`;
      out.push(
        `  ${p.finished_at.slice(0, 19).replace("T", " ")}  ${p.scan_id.slice(0, 8)}  ${p.status.padEnd(8)}  ` +
          `${(p.score === null ? "-" : `${p.score.toFixed(1)}%`).padStart(6)} ${delta.padStart(6)}  ` +
          `${p.compliant}/${p.evaluated} resources compliant  ${p.findings} open findings`,
      );
      if (p.score !== null) previous = p.score;
    }
    out.push("");
  }
  return out.join("\n");
}
