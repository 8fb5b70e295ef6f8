/**
 * The gate as `parapet scan` uses it: its flags, the prepared rules, and the end of a run —
 * the verdict on stderr, notifications, and the exit code (1 when blocked).
 */
import type { Command } from "commander";
import type { Rule, Severity } from "../rules/rule.ts";
import type { ScanReport } from "../engine/report-model.ts";
import { UsageError, collect } from "../cli/args.ts";
import { inert } from "../report/text.ts";
import { ConfigError } from "./load.ts";
import { prepareGate, type PreparedGate } from "./prepare.ts";
import { formatVerdict, judge, readBaseline, resolvedSince } from "./gate.ts";
import { notifyAll } from "../notify/dispatch.ts";

export interface GateFlags {
  config?: string;
  policy: string[];
  baseline?: string;
  notify: boolean;
  framework: string[];
}

export function addGateOptions(cmd: Command): Command {
  return cmd
    .option(
      "--config <file>",
      "gate file (default: parapet.yml or .cspm-pipeline.yml in the current directory)",
    )
    .option(
      "--policy <path>",
      "a directory or file of Rego policies, evaluated with OPA (repeatable)",
      collect,
      [],
    )
    .option("--baseline <file>", "a previous JSON result: report and gate only the findings introduced since")
    .option("--no-notify", "do not send the config's Slack, webhook or Jira notifications");
}

export interface ScanGate {
  gate: PreparedGate;
  baseline?: ScanReport;
}

/** Loads the gate file and baseline; their mistakes are usage errors (exit 2) naming file and line. */
export function prepareScanGate(
  flags: GateFlags,
  cwd: string,
  builtin: Rule[],
  failOn: Severity | "none" | undefined,
): ScanGate {
  try {
    const gate = prepareGate({
      cwd,
      ...(flags.config !== undefined ? { config: flags.config } : {}),
      policies: flags.policy,
      builtin,
      frameworkFlags: flags.framework,
      ...(failOn !== undefined ? { failOn } : {}),
    });
    for (const note of gate.notes) process.stderr.write(`parapet: ${note}\n`);
    return flags.baseline !== undefined ? { gate, baseline: readBaseline(flags.baseline) } : { gate };
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

/** Prints the verdict, notifies, and gives the exit code. */
export async function concludeGate(
  report: ScanReport,
  full: ScanReport,
  sg: ScanGate,
  notify: boolean,
  /** The findings were printed as a table on the terminal: the verdict need not list them again. */
  listed = false,
): Promise<number> {
  const { gate } = sg;
  const verdict = judge(report, gate.block, gate.warn);
  // Without a gate file the exit code speaks for itself unless something blocked.
  if (gate.config || verdict.blocking.length > 0)
    process.stderr.write(formatVerdict(verdict, gate.block, (s) => inert(s), listed));
  const channels = gate.config?.notifications;
  if (notify && channels) {
    const problems = await notifyAll(channels, {
      report,
      verdict,
      resolved: sg.baseline ? resolvedSince(full, sg.baseline) : [],
      env: process.env,
    });
    for (const p of problems) process.stderr.write(`parapet: warning: ${inert(p, 500)}\n`);
  }
  return verdict.blocking.length > 0 ? 1 : 0;
}
