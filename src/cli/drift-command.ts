import type { Command } from "commander";
import { UsageError } from "./args.ts";
import { withStore, type Store } from "../store/open-store.ts";
import {
  HistoryError,
  baselineFor,
  findScan,
  latestScan,
  scanResources,
  type ScanRow,
} from "../store/history-queries.ts";
import { recordOutcome } from "../store/scan-hook.ts";
import { scanTargets } from "../engine/scan.ts";
import { builtinRules } from "../rules/index.ts";
import type { Resource } from "../model/resource.ts";
import { diffStates, type DriftResource, type ResourceDrift } from "../drift/diff.ts";
import { RelevanceTable } from "../drift/classify.ts";
import { loadTfstate, StateFileError } from "../drift/tfstate.ts";
import { RELEVANCE_LEVELS, type Relevance } from "../lifecycle/settings.ts";
import { scopeKey } from "../lifecycle/scope.ts";
import { settingsOrUsage } from "./exceptions-command.ts";
import { inert } from "../report/text.ts";

interface DriftFlags {
  scan?: string;
  against?: string;
  tfstate?: string;
  store: boolean;
  attribution: boolean;
  cloudtrailEndpoint?: string;
  show: string;
  failOn: string;
  format: string;
  db?: string;
  config?: string;
}

export function registerDrift(program: Command): void {
  program
    .command("drift")
    .description("what changed since the approved baseline (or a Terraform state), attribute by attribute")
    .argument("[targets...]", "scan these now and compare the result (default: the latest recorded scan)")
    .option("--scan <id>", "compare this recorded scan")
    .option("--against <id>", "compare against this recorded scan instead of the baseline")
    .option("--tfstate <file>", "compare against a Terraform state file")
    .option("--no-store", "do not record the new scan")
    .option("--no-attribution", "do not ask CloudTrail who made AWS changes")
    .option("--cloudtrail-endpoint <url>", "CloudTrail endpoint (emulators)")
    .option("--show <level>", "hide changes less relevant than: critical|high|medium|low|ignore", "low")
    .option("--fail-on <level>", "exit 1 when a change is at least: critical|high|medium|low|none", "none")
    .option("--format <format>", "table | json", "table")
    .option("--db <url>", "history store (default: $PARAPET_DB, else .parapet/parapet.db)")
    .option("--config <file>", "Parapet config with drift.relevance rules")
    .action(async (targets: string[], flags: DriftFlags) => {
      process.exitCode = await runDrift(targets, flags);
    });
}

function level(v: string, flag: string, extra: string[] = []): Relevance | "none" {
  if ((RELEVANCE_LEVELS as readonly string[]).includes(v) || extra.includes(v))
    return v as Relevance | "none";
  throw new UsageError(`${flag}: expected one of ${[...RELEVANCE_LEVELS, ...extra].join(", ")}, got "${v}"`);
}

function fromResource(r: Resource): DriftResource {
  // Through JSON so that unknown values take their serialized form, as in stored snapshots.
  const plain = JSON.parse(JSON.stringify({ config: r.config, raw: r.raw })) as {
    config: unknown;
    raw: unknown;
  };
  return {
    uid: r.uid,
    address: r.source.address ?? null,
    type: r.type,
    native_type: r.native_type,
    name: r.name,
    provider: r.provider,
    project: r.project,
    region: r.region,
    config: plain.config,
    tags: r.tags,
    raw: plain.raw,
  };
}

async function runDrift(targets: string[], flags: DriftFlags): Promise<number> {
  const cwd = process.cwd();
  const settings = settingsOrUsage(cwd, flags.config);
  const show = level(flags.show, "--show") as Relevance;
  const failOn = level(flags.failOn, "--fail-on", ["none"]);
  if (flags.format !== "table" && flags.format !== "json")
    throw new UsageError("--format: expected table or json");
  if (flags.against !== undefined && flags.tfstate !== undefined)
    throw new UsageError("give --against or --tfstate, not both");
  if (flags.scan !== undefined && targets.length > 0)
    throw new UsageError("give targets to scan or --scan, not both");

  return withStore(flags.db, cwd, async (store) => {
    try {
      const current = await currentState(store, targets, flags, cwd);
      let reference: DriftResource[];
      let referenceName: string;
      let since: Date;
      if (flags.tfstate !== undefined) {
        const state = loadTfstate(flags.tfstate);
        for (const e of state.errors)
          process.stderr.write(`parapet: ${e.file}:${e.line ?? 1}: ${e.message}\n`);
        reference = state.resources.map(fromResource);
        referenceName = `state ${flags.tfstate}`;
        // CloudTrail keeps 90 days of management events: look over all of them.
        since = new Date(Date.parse(current.at) - 90 * 86400_000);
      } else {
        const ref: ScanRow | undefined =
          flags.against !== undefined
            ? await findScan(store, flags.against)
            : await baselineFor(store, current.scopeKey);
        if (!ref) {
          throw new UsageError(
            `no baseline for scope ${current.scopeKey}: run parapet baseline save, or give --against or --tfstate`,
          );
        }
        reference = await scanResources(store, ref);
        referenceName = `scan ${ref.id.slice(0, 8)} of ${ref.finished_at}`;
        since = new Date(ref.finished_at);
      }
      const table = new RelevanceTable(settings.relevance);
      const drift = diffStates(reference, current.resources, table);
      const notes =
        flags.attribution && drift.some((d) => d.provider === "aws" && d.project !== null)
          ? await (async () => {
              // The AWS SDK loads only when there is an AWS change to attribute.
              const { attributeDrift, defaultClient } = await import("../drift/cloudtrail.ts");
              return attributeDrift(drift, {
                client: defaultClient(flags.cloudtrailEndpoint),
                from: since,
                to: new Date(current.at),
              });
            })()
          : [];
      for (const n of notes) process.stderr.write(`parapet: warning: ${n}\n`);
      const order = RELEVANCE_LEVELS;
      const shown = drift
        .map((d) => ({
          ...d,
          changes: d.changes.filter((c) => order.indexOf(c.relevance) <= order.indexOf(show)),
        }))
        .filter((d) => d.kind !== "changed" || d.changes.length > 0)
        .sort(
          (a, b) => order.indexOf(a.relevance) - order.indexOf(b.relevance) || a.uid.localeCompare(b.uid),
        );
      if (flags.format === "json") {
        process.stdout.write(
          JSON.stringify({ reference: referenceName, current: current.name, drift: shown }, null, 2) + "\n",
        );
      } else {
        process.stdout.write(renderDrift(shown, referenceName, current.name));
      }
      if (failOn === "none") return 0;
      return shown.some((d) => order.indexOf(d.relevance) <= order.indexOf(failOn)) ? 1 : 0;
    } catch (e) {
      if (e instanceof HistoryError || e instanceof StateFileError) throw new UsageError(e.message);
      throw e;
    }
  });
}

async function currentState(
  store: Store,
  targets: string[],
  flags: DriftFlags,
  cwd: string,
): Promise<{ resources: DriftResource[]; scopeKey: string; at: string; name: string }> {
  if (targets.length > 0) {
    const outcome = await scanTargets({ targets, cwd, rules: builtinRules() });
    if (outcome.nothingScanned) throw new UsageError(`nothing to scan in ${targets.join(", ")}`);
    for (const e of outcome.report.errors) {
      process.stderr.write(`parapet: ${e.file ?? e.source}${e.line ? `:${e.line}` : ""}: ${e.message}\n`);
    }
    if (flags.store) await recordOutcome(store, outcome, cwd);
    return {
      resources: outcome.resources.map(fromResource),
      scopeKey: scopeKey(targets, cwd),
      at: outcome.report.scan.finished_at,
      name: `a new scan of ${targets.join(", ")}`,
    };
  }
  const scan = flags.scan !== undefined ? await findScan(store, flags.scan) : await latestScan(store);
  if (!scan) throw new UsageError("no scan recorded yet: give targets to scan, or run parapet scan first");
  return {
    resources: await scanResources(store, scan),
    scopeKey: scan.scope_key,
    at: scan.finished_at,
    name: `scan ${scan.id.slice(0, 8)} of ${scan.finished_at}`,
  };
}

const short = (v: unknown): string => inert(v === undefined ? "null" : JSON.stringify(v), 160);

export function renderDrift(drift: readonly ResourceDrift[], reference: string, current: string): string {
  const out = [`drift of ${current} against ${reference}`];
  if (drift.length === 0) return `${out[0]}\nno drift\n`;
  const mark = { added: "+", removed: "-", changed: "~" };
  for (const d of drift) {
    out.push("");
    out.push(`${mark[d.kind]} [${d.relevance}] ${inert(d.uid)} (${inert(d.native_type)}) ${d.kind}`);
    for (const a of d.attribution ?? []) out.push(`    by ${inert(a.who)} at ${a.when} (${inert(a.event)})`);
    if (d.kind !== "changed") continue;
    for (const c of d.changes)
      out.push(`    ${c.relevance.padEnd(8)} ${inert(c.path)}: ${short(c.before)} → ${short(c.after)}`);
  }
  const counts = RELEVANCE_LEVELS.map(
    (l) => [l, drift.filter((d) => d.relevance === l).length] as const,
  ).filter(([, n]) => n > 0);
  out.push("", `${drift.length} resources drifted: ${counts.map(([l, n]) => `${n} ${l}`).join(", ")}`);
  return out.join("\n") + "\n";
}
