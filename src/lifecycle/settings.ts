/**
 * The settings of posture history, read from the project's Parapet config (the same file the
 * pipeline gate reads: `parapet.yml`, `.cspm-pipeline.yml`, … in the working directory, or
 * `--config FILE`), in the guide's pipeline-config shape. Only these keys are read; the rest of the file belongs to other features:
 *
 *   exceptions:
 *     default_exception_duration: "30d"   # when `exceptions add` gives no --expires
 *     max_exception_duration: "90d"       # no acceptance may last longer
 *   sla: { critical: "24h", high: "7d", medium: "30d", low: "90d" }
 *   drift:
 *     relevance:                          # first match wins, before the built-in table
 *       - { type: "compute_autoscaling_group", attribute: "desired_capacity", level: "ignore" }
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { DEFAULT_SLA, type Sla } from "../metrics/compute.ts";
import { CONFIG_NAMES } from "../config/load.ts";

export type Relevance = "critical" | "high" | "medium" | "low" | "ignore";
export const RELEVANCE_LEVELS: readonly Relevance[] = ["critical", "high", "medium", "low", "ignore"];

export interface RelevanceRule {
  /** Common or native resource type; `*` matches any run of characters. */
  type: string;
  /** Dotted attribute path (`ingress.*`, `tags.*`); `*` matches any run of characters. */
  attribute: string;
  level: Relevance;
}

export interface HistorySettings {
  defaultExceptionMs: number;
  maxExceptionMs: number;
  /** Who may approve a risk acceptance (`exceptions.require_approval_from`); empty: anyone named. */
  approvers: string[];
  sla: Sla;
  relevance: RelevanceRule[];
  /** The file the settings came from, for messages. */
  file?: string;
}

const DAY = 24 * 3600_000;
const UNITS: Record<string, number> = { m: 60_000, h: 3600_000, d: DAY, w: 7 * DAY };

/** `90d`, `24h`, `30m`, `2w` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$/i.exec(text);
  return m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : undefined;
}

export function defaultSettings(): HistorySettings {
  return {
    defaultExceptionMs: 90 * DAY,
    maxExceptionMs: 90 * DAY,
    approvers: [],
    sla: { ...DEFAULT_SLA },
    relevance: [],
  };
}

export class SettingsError extends Error {}

export function loadSettings(cwd: string, explicit?: string): HistorySettings {
  const file = explicit ?? CONFIG_NAMES.map((n) => join(cwd, n)).find((f) => existsSync(f));
  const settings = defaultSettings();
  if (file === undefined) return settings;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SettingsError(`${file}: ${(e as Error).message}`);
  }
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    throw new SettingsError(`${file}:${err.linePos?.[0]?.line ?? 1}: ${err.message.split("\n")[0]}`);
  }
  const lineOf = (path: (string | number)[]): number => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : text.slice(0, offset).split("\n").length;
  };
  const duration = (path: (string | number)[]): number | undefined => {
    const v = doc.getIn(path);
    if (v === undefined || v === null) return undefined;
    const ms = parseDuration(String(v));
    if (ms === undefined || ms <= 0)
      throw new SettingsError(
        `${file}:${lineOf(path)}: ${path.join(".")}: expected a duration like "90d" or "24h", got "${String(v)}"`,
      );
    return ms;
  };
  settings.file = file;
  settings.maxExceptionMs = duration(["exceptions", "max_exception_duration"]) ?? settings.maxExceptionMs;
  settings.defaultExceptionMs = Math.min(
    duration(["exceptions", "default_exception_duration"]) ?? settings.maxExceptionMs,
    settings.maxExceptionMs,
  );
  const approvers = doc.getIn(["exceptions", "require_approval_from"]);
  if (approvers !== undefined && approvers !== null) {
    const list = (approvers as { toJSON?: () => unknown }).toJSON?.() ?? approvers;
    if (!Array.isArray(list) || !list.every((a) => typeof a === "string"))
      throw new SettingsError(
        `${file}:${lineOf(["exceptions", "require_approval_from"])}: exceptions.require_approval_from: expected a list of names`,
      );
    settings.approvers = list as string[];
  }
  for (const s of Object.keys(DEFAULT_SLA) as (keyof Sla)[])
    settings.sla[s] = duration(["sla", s]) ?? settings.sla[s];
  const rules = doc.getIn(["drift", "relevance"]);
  if (rules !== undefined) {
    const list = (rules as { toJSON?: () => unknown }).toJSON?.() ?? rules;
    if (!Array.isArray(list))
      throw new SettingsError(`${file}:${lineOf(["drift", "relevance"])}: drift.relevance: expected a list`);
    list.forEach((r: unknown, i: number) => {
      const rule = r as Partial<RelevanceRule> | null;
      if (
        !rule ||
        typeof rule.attribute !== "string" ||
        !RELEVANCE_LEVELS.includes(rule.level as Relevance)
      ) {
        throw new SettingsError(
          `${file}:${lineOf(["drift", "relevance", i])}: drift.relevance[${i}]: needs attribute and level (${RELEVANCE_LEVELS.join(", ")})`,
        );
      }
      settings.relevance.push({
        type: typeof rule.type === "string" ? rule.type : "*",
        attribute: rule.attribute,
        level: rule.level!,
      });
    });
  }
  return settings;
}
