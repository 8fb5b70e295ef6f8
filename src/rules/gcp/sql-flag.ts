/**
 * Judging one Cloud SQL database flag: the rule applies to one engine, reads `flags.<name>`, and
 * treats an unset flag as the engine's default value on Cloud SQL.
 */
import type { Resource } from "../../model/resource.ts";
import { isUnknown, isValueMap, type Value } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type CheckResult } from "../rule.ts";

export interface FlagSpec {
  engine: "mysql" | "postgres" | "sqlserver";
  flag: string;
  /** The value Cloud SQL uses when the flag is not set. */
  default: string;
  ok: (value: string) => boolean;
  /** What the value should be, for the message (`on`, `WARNING or more severe`). */
  expected: string;
}

export function judgeFlag(resource: Resource, spec: FlagSpec): CheckResult {
  const engine = resource.config["engine"];
  if (isUnknown(engine)) return undetermined(`engine: ${engine.reason}`);
  if (engine !== spec.engine) return skip(`not a ${spec.engine} instance`);
  const flags = resource.config["flags"];
  if (isUnknown(flags)) return undetermined(`database flags: ${flags.reason}`);
  if (!isValueMap(flags)) return skip("database flags are not expressed by this source");
  const raw: Value | undefined = flags[spec.flag];
  if (isUnknown(raw)) return undetermined(`${spec.flag}: ${raw.reason}`);
  const value = raw === undefined || raw === null ? spec.default : String(raw);
  if (spec.ok(value.trim())) return pass();
  const shown = raw === undefined || raw === null ? `not set (defaults to ${spec.default})` : `"${value}"`;
  return fail(
    `Database ${resource.name}: flag ${spec.flag} is ${shown}, expected ${spec.expected}`,
    raw === undefined || raw === null ? "flags" : `flags.${spec.flag}`,
  );
}

/** PostgreSQL message levels, least to most severe. */
const PG_LEVELS = [
  "debug5",
  "debug4",
  "debug3",
  "debug2",
  "debug1",
  "info",
  "notice",
  "warning",
  "error",
  "log",
  "fatal",
  "panic",
];

/** True when `value` is at least as severe as `floor` (unknown levels are not accepted). */
export function atLeastLevel(value: string, floor: string): boolean {
  const i = PG_LEVELS.indexOf(value.toLowerCase());
  return i >= 0 && i >= PG_LEVELS.indexOf(floor);
}

export const isOn = (v: string): boolean => v.toLowerCase() === "on";
export const isOff = (v: string): boolean => v.toLowerCase() === "off";
