import type { Command } from "commander";
import { UsageError } from "./args.ts";
import { withStore } from "../store/open-store.ts";
import { metricsFromStore } from "../store/metrics-query.ts";
import { loadFrameworks } from "../frameworks/catalog.ts";
import { parseDuration } from "../lifecycle/settings.ts";
import type { MetricValues, MetricsReport, Ratio } from "../metrics/compute.ts";
import { settingsOrUsage } from "./exceptions-command.ts";
import { inert } from "../report/text.ts";

interface MetricsFlags {
  since: string;
  from?: string;
  to?: string;
  by: string;
  format: string;
  db?: string;
  config?: string;
}

const BY = { team: "by_team", account: "by_account", provider: "by_provider" } as const;

export function registerMetrics(program: Command): void {
  program
    .command("metrics")
    .description("posture, MTTD, MTTR, SLA, recurrence and exception metrics over a window")
    .option("--since <duration>", "the window: the last 30d, 12h, 2w…", "30d")
    .option("--from <date>", "window start (instead of --since)")
    .option("--to <date>", "window end (default: now)")
    .option("--by <dimension>", "break down by team | account | provider", "team")
    .option("--format <format>", "table | json (json has every breakdown)", "table")
    .option("--db <url>", "history store (default: $PARAPET_DB, else .parapet/parapet.db)")
    .option("--config <file>", "Parapet config with sla: durations per severity")
    .action(async (flags: MetricsFlags) => {
      const cwd = process.cwd();
      const settings = settingsOrUsage(cwd, flags.config);
      const to = flags.to !== undefined ? parseDate(flags.to, "--to") : new Date();
      let from: Date;
      if (flags.from !== undefined) from = parseDate(flags.from, "--from");
      else {
        const ms = parseDuration(flags.since);
        if (ms === undefined)
          throw new UsageError(`--since: expected a duration like 30d, got "${flags.since}"`);
        from = new Date(to.getTime() - ms);
      }
      if (!(flags.by in BY))
        throw new UsageError(`--by: expected team, account or provider, got "${flags.by}"`);
      if (flags.format !== "table" && flags.format !== "json")
        throw new UsageError(`--format: expected table or json`);
      await withStore(flags.db, cwd, async (store) => {
        const m = await metricsFromStore(
          store,
          { from: from.toISOString(), to: to.toISOString() },
          settings.sla,
          loadFrameworks(),
        );
        process.stdout.write(
          flags.format === "json"
            ? JSON.stringify(m, null, 2) + "\n"
            : renderMetrics(m, flags.by as keyof typeof BY),
        );
      });
    });
}

function parseDate(v: string, flag: string): Date {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new UsageError(`${flag}: not a date: "${v}"`);
  return d;
}

export function duration(seconds: number | null): string {
  if (seconds === null) return "-";
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(1)}h`;
  return `${(seconds / 86400).toFixed(1)}d`;
}

const pct = (r: Ratio): string => (r.rate === null ? "-" : `${r.rate}% (${r.numerator}/${r.denominator})`);

const COLUMNS: [string, (v: MetricValues) => string][] = [
  ["posture", (v) => (v.posture_score === null ? "-" : `${v.posture_score}%`)],
  ["open crit", (v) => String(v.open_critical)],
  ["MTTD", (v) => duration(v.mttd_seconds)],
  ["MTTR crit", (v) => duration(v.mttr_seconds.critical)],
  ["MTTR high", (v) => duration(v.mttr_seconds.high)],
  ["MTTR med", (v) => duration(v.mttr_seconds.medium)],
  ["MTTR low", (v) => duration(v.mttr_seconds.low)],
  ["within SLA", (v) => pct(v.remediation_within_sla)],
  ["recurrence", (v) => pct(v.recurrence)],
  ["exceptions", (v) => pct(v.exceptions)],
];

export function renderMetrics(m: MetricsReport, by: keyof typeof BY): string {
  const rows: string[][] = [["", ...COLUMNS.map(([h]) => h)]];
  rows.push(["overall", ...COLUMNS.map(([, f]) => f(m.overall))]);
  for (const [key, v] of Object.entries(m[BY[by]]))
    rows.push([`${by} ${inert(key, 40)}`, ...COLUMNS.map(([, f]) => f(v))]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = [
    `window ${m.window.from} → ${m.window.to}`,
    `compliance coverage: ${pct(m.overall.compliance_coverage)} of framework controls monitored`,
    "",
    ...rows.map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    ),
  ];
  return lines.join("\n") + "\n";
}
