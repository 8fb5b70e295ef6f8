/**
 * Finding, parsing and validating the gate file. YAML is parsed into a document that keeps
 * source ranges, so every problem zod finds is reported at its file and line with the key path
 * and what was expected. The checks that span keys (threshold order) are reported the same way.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { SEVERITIES, type Severity } from "../rules/rule.ts";
import { GateFileSchema, type CustomRuleSpec, type GateFile, type NotificationsConfig } from "./schema.ts";

/** Looked up in this order in the current directory when no `--config` is given. */
export const CONFIG_NAMES = [
  "parapet.yml",
  "parapet.yaml",
  ".parapet.yml",
  ".parapet.yaml",
  ".cspm-pipeline.yml",
  ".cspm-pipeline.yaml",
];

/** One or more problems in the gate file; each line of the message names file:line. */
export class ConfigError extends Error {}

export interface Thresholds {
  /** Unmuted findings at or above this block the run (exit 1). */
  block?: Severity;
  /** Unmuted findings at or above this (and below `block`) are printed as warnings. */
  warn?: Severity;
  /** Findings at or below this are dropped from the report. */
  ignore?: Severity;
}

export interface LocatedRule extends CustomRuleSpec {
  /** Where the rule and its condition are written, for compile errors and test reports. */
  file: string;
  line: number;
  condition_line: number;
}

export interface GateConfig {
  /** As shown in messages: relative to the current directory. */
  file: string;
  /** The directory relative paths in the file (policies) are resolved against. */
  dir: string;
  framework?: { text: string; line: number };
  thresholds: Thresholds;
  exclude: string[];
  customRules: LocatedRule[];
  /** Absolute paths of Rego policy directories or files. */
  policies: string[];
  notifications?: NotificationsConfig;
  exceptions?: GateFile["exceptions"];
}

/** The explicit file, else the first of CONFIG_NAMES present in `cwd`, else undefined. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const abs = resolve(cwd, explicit);
    if (!existsSync(abs)) throw new ConfigError(`${explicit}: no such file`);
    return abs;
  }
  return CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
}

export function loadConfig(path: string, cwd: string): GateConfig {
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(`${shown}: ${(e as Error).message}`);
  }
  return parseConfig(text, shown, dirname(resolve(cwd, path)));
}

/** Parses and validates gate-file text; `shown` names the file in messages. */
export function parseConfig(text: string, shown: string, dir: string): GateConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined): number =>
    offset === undefined ? 1 : lines.linePos(offset).line;
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => `${shown}:${lineAt(e.pos[0])}: ${e.message.split("\n")[0]}`).join("\n"),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = GateFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${shown}:${issueLine(doc, i, lineAt)}: ${describe(i)}`).join("\n"),
    );
  }
  const cfg = parsed.data;
  const at = (path: (string | number)[]) => nodeLine(doc, path, lineAt);
  const sc = cfg.scan_config ?? {};
  const t = sc.severity_threshold ?? {};
  const thresholds: Thresholds = {};
  if (t.block_deployment) thresholds.block = t.block_deployment;
  if (t.warn_only) thresholds.warn = t.warn_only;
  if (t.ignore) thresholds.ignore = t.ignore;
  checkOrder(thresholds, shown, (k) => at(["scan_config", "severity_threshold", k]));
  const ids = new Map<string, number>();
  const customRules = (cfg.custom_rules ?? []).map((r, i): LocatedRule => {
    const line = at(["custom_rules", i]);
    const dup = ids.get(r.id);
    if (dup !== undefined)
      throw new ConfigError(
        `${shown}:${line}: custom_rules[${i}]: id ${r.id} is already used at line ${dup}`,
      );
    ids.set(r.id, line);
    return { ...r, file: shown, line, condition_line: at(["custom_rules", i, "condition"]) };
  });
  const out: GateConfig = {
    file: shown,
    dir,
    thresholds,
    exclude: sc.exclude_paths ?? [],
    customRules,
    policies: (sc.policies ?? []).map((p) => resolve(dir, p)),
  };
  if (sc.framework !== undefined)
    out.framework = { text: sc.framework, line: at(["scan_config", "framework"]) };
  if (cfg.notifications) out.notifications = cfg.notifications;
  if (cfg.exceptions) out.exceptions = cfg.exceptions;
  return out;
}

/** Blocking must be at least as severe as warning, and warning more severe than ignoring. */
function checkOrder(t: Thresholds, shown: string, lineOf: (key: string) => number): void {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  if (t.block && t.warn && rank(t.warn) < rank(t.block)) {
    throw new ConfigError(
      `${shown}:${lineOf("warn_only")}: scan_config.severity_threshold.warn_only: ${t.warn} is more severe than block_deployment (${t.block}); expected ${t.block} or lower`,
    );
  }
  for (const [key, other] of [
    ["block_deployment", t.block],
    ["warn_only", t.warn],
  ] as const) {
    if (other && t.ignore && rank(t.ignore) <= rank(other)) {
      throw new ConfigError(
        `${shown}:${lineOf("ignore")}: scan_config.severity_threshold.ignore: ${t.ignore} would drop findings that ${key} (${other}) acts on; expected a level below ${other}`,
      );
    }
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const where = path === "" ? "top level" : path;
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} in ${where}`;
  }
  return `${path === "" ? "(document)" : path}: ${issue.message}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out === "" ? "" : "."}${String(p)}`;
  return out;
}

/** The line of an issue: an unknown key's own line, else the deepest node of its path that exists. */
function issueLine(
  doc: Document,
  issue: z.core.$ZodIssue,
  lineAt: (o: number | undefined) => number,
): number {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === issue.keys[0]);
      const key = pair && isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
      if (key?.range) return lineAt(key.range[0]);
    }
  }
  return nodeLine(doc, path, lineAt);
}

function nodeLine(
  doc: Document,
  path: readonly (string | number)[],
  lineAt: (o: number | undefined) => number,
): number {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as
      { range?: [number, number, number] } | null | undefined;
    if (node?.range) return lineAt(node.range[0]);
  }
  return 1;
}
