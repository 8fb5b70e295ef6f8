import { statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { builtinRules } from "../rules/index.ts";
import { SEVERITIES, type Severity } from "../rules/rule.ts";
import { scanTargets } from "../engine/scan.ts";
import { writers } from "../report/index.ts";
import type { ScanReport } from "../engine/report-model.ts";
import { Progress } from "./progress.ts";
import { UsageError, collect, parseKeyValue } from "./args.ts";
import { readBaseReport } from "./report-options.ts";
import { assessControls } from "../frameworks/assess.ts";
import { muteAcceptedRisks, storeScanOutcome } from "../store/scan-hook.ts";
import { addAwsOptions, printAwsPermissions, scanAwsFromFlags, type AwsFlags } from "./aws-options.ts";
import { addGateOptions, concludeGate, prepareScanGate, type GateFlags } from "../config/scan-gate.ts";
import { finalizeReport } from "../config/finalize.ts";

interface ScanFlags extends AwsFlags, GateFlags {
  format: string[];
  output?: string;
  failOn: string;
  severity?: string;
  exclude: string[];
  var: string[];
  varFile: string[];
  parameter: string[];
  tfDir?: string;
  color: boolean;
  quiet?: boolean;
  framework: string[];
  baseReport?: string;
  db?: string;
  store: boolean;
}

export function registerScan(program: Command): void {
  addGateOptions(addAwsOptions(program.command("scan")))
    .description("scan infrastructure-as-code files and directories")
    .argument("[targets...]", "files or directories to scan", ["."])
    .option(
      "-f, --format <format>",
      "table | json | sarif | junit | ocsf | csv | markdown | html, or FORMAT=FILE (repeatable)",
      collect,
      [],
    )
    .option("-o, --output <file>", "write the (single) report to FILE instead of stdout")
    .option(
      "--fail-on <severity>",
      "exit 1 when an unmuted finding is at or above: critical|high|medium|low|info|none",
      "high",
    )
    .option("--severity <list>", "report only these severities, comma-separated (e.g. critical,high)")
    .option("--exclude <glob>", "skip paths matching the glob (repeatable)", collect, [])
    .option("--var <name=value>", "set a Terraform input variable (repeatable)", collect, [])
    .option("--var-file <file>", "read Terraform variables from a .tfvars file (repeatable)", collect, [])
    .option("--parameter <name=value>", "set a CloudFormation template parameter (repeatable)", collect, [])
    .option(
      "--tf-dir <dir>",
      "the Terraform configuration a plan JSON was made from: findings point at its .tf lines",
    )
    .option(
      "--framework <id>",
      "run only this compliance framework's rules and report per control (repeatable)",
      collect,
      [],
    )
    .option("--base-report <file>", "an earlier JSON report: markdown and html show what changed since it")
    .option(
      "--db <url>",
      "history store: a SQLite file or postgres://… (default: $PARAPET_DB, else .parapet/parapet.db)",
    )
    .option("--no-store", "do not record this scan in the history")
    .option("--no-color", "no ANSI colours in the table")
    .option("-q, --quiet", "no progress display")
    .action(async (targets: string[], flags: ScanFlags, cmd: Command) => {
      process.exitCode = await runScan(targets, flags, cmd.getOptionValueSource("failOn") === "cli");
    });
}

async function runScan(targets: string[], flags: ScanFlags, failOnGiven: boolean): Promise<number> {
  if (flags.aws && flags.permissions) return printAwsPermissions();
  const failOn = parseThreshold(flags.failOn);
  const severities = flags.severity ? parseSeverities(flags.severity) : undefined;
  const outputs = parseOutputs(flags.format, flags.output);
  const cwd = process.cwd();
  if (flags.baseline !== undefined && flags.baseReport !== undefined)
    throw new UsageError("give --baseline or --base-report, not both");
  for (const f of flags.varFile) checkVarFile(f, cwd);
  const sg = prepareScanGate(flags, cwd, builtinRules(), failOnGiven ? failOn : undefined);
  const { frameworks, rules } = sg.gate;
  const base = flags.baseReport !== undefined ? readBaseReport(flags.baseReport) : sg.baseline;
  const progress = new Progress(!flags.quiet && process.stderr.isTTY === true);
  const outcome = flags.aws
    ? await scanAwsFromFlags(flags, rules, (stage, done, total) => progress.update(stage, done, total))
    : await scanTargets({
        targets,
        cwd,
        rules,
        exclude: [...flags.exclude, ...sg.gate.exclude],
        vars: Object.fromEntries(flags.var.map((v) => parseKeyValue(v, "--var"))),
        varFiles: flags.varFile,
        parameters: Object.fromEntries(flags.parameter.map((v) => parseKeyValue(v, "--parameter"))),
        ...(flags.tfDir !== undefined ? { tfDir: flags.tfDir } : {}),
        onProgress: (stage, done, total) => progress.update(stage, done, total),
      });
  progress.done();
  if (flags.store) await storeScanOutcome(outcome, flags.db, cwd);
  else await muteAcceptedRisks(outcome, flags.db, cwd);
  if (frameworks.length > 0) {
    outcome.report.controls = assessControls(frameworks, outcome.results, outcome.report.findings);
  }
  const gated = finalizeReport(outcome.report, sg.gate, sg.baseline);
  const report = severities ? filterSeverities(gated.report, severities) : gated.report;
  const results = severities
    ? outcome.results.filter((r) => severities.has(r.rule.severity))
    : outcome.results;
  for (const out of outputs) {
    // Markdown shows the whole posture and, against the base, what changed; the rest only what is new.
    const text = writers[out.format]!(out.format === "markdown" && sg.baseline ? gated.full : report, {
      rules: [...new Map(rules.map((r) => [r.id, r])).values()],
      color: out.file === undefined && flags.color && process.stdout.isTTY === true,
      cwd,
      results,
      ...(base ? { base } : {}),
    });
    if (out.file) writeFileSync(out.file, text);
    else process.stdout.write(text);
  }
  if (outcome.nothingScanned) {
    process.stderr.write(`parapet: nothing to scan in ${targets.join(", ")}\n`);
    return 2;
  }
  const listed = outputs.some((o) => o.format === "table" && o.file === undefined);
  return concludeGate(report, gated.full, sg, flags.notify, listed);
}

/** A variables file that is not there is a mistake on the command line, not an input error. */
function checkVarFile(file: string, cwd: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(resolve(cwd, file)).isFile();
  } catch {
    throw new UsageError(`--var-file: ${file}: no such file`);
  }
  if (!isFile) throw new UsageError(`--var-file: ${file}: not a file`);
}

function parseThreshold(v: string): Severity | "none" {
  const s = v.toLowerCase();
  if (s === "none" || (SEVERITIES as readonly string[]).includes(s)) return s as Severity | "none";
  throw new UsageError(`--fail-on: expected one of ${SEVERITIES.join(", ")}, none; got "${v}"`);
}

function parseSeverities(v: string): Set<Severity> {
  const out = new Set<Severity>();
  for (const part of v
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    if (!(SEVERITIES as readonly string[]).includes(part)) {
      throw new UsageError(`--severity: unknown severity "${part}" (expected ${SEVERITIES.join(", ")})`);
    }
    out.add(part as Severity);
  }
  return out;
}

function parseOutputs(formats: string[], output: string | undefined): { format: string; file?: string }[] {
  const list = (formats.length ? formats : ["table"]).map((spec): { format: string; file?: string } => {
    const eq = spec.indexOf("=");
    const format = (eq < 0 ? spec : spec.slice(0, eq)).toLowerCase();
    if (!writers[format]) {
      throw new UsageError(
        `--format: unknown format "${format}" (expected ${Object.keys(writers).join(", ")})`,
      );
    }
    return eq < 0 ? { format } : { format, file: spec.slice(eq + 1) };
  });
  const toStdout = list.filter((o) => o.file === undefined);
  if (output !== undefined) {
    if (toStdout.length > 1)
      throw new UsageError("--output names one file: give FORMAT=FILE for each format instead");
    for (const o of toStdout) o.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError("only one format can go to stdout: give FORMAT=FILE for the others");
  }
  return list;
}

function filterSeverities(report: ScanReport, keep: Set<Severity>): ScanReport {
  const findings = report.findings.filter((f) => keep.has(f.severity));
  const by_severity = { ...report.summary.by_severity };
  for (const s of SEVERITIES) if (!keep.has(s)) by_severity[s] = 0;
  const unmuted = findings.filter((f) => f.status === "fail").length;
  return {
    ...report,
    findings,
    summary: { ...report.summary, by_severity, findings: unmuted, muted: findings.length - unmuted },
  };
}
