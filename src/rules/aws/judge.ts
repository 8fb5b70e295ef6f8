/** Small shared checks for rules that judge one boolean or number of `config`. */
import type { Resource } from "../../model/resource.ts";
import { getPath, isUnknown } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type CheckResult } from "../rule.ts";

/** Passes when `config.<path>` is `want`, fails with `message` when it is the opposite. */
export function expectBool(resource: Resource, path: string, want: boolean, message: string): CheckResult {
  const v = getPath(resource.config, path);
  if (v === undefined) return skip(`${path} is not expressed by this source`);
  if (isUnknown(v)) return undetermined(`${path}: ${v.reason}`);
  if (v === want) return pass();
  if (typeof v !== "boolean") return undetermined(`${path} is not a boolean`);
  return fail(message, path);
}

/** Passes when `config.<path>` satisfies `ok`; a null value is handed to `ok` too (meaning "not set"). */
export function expectNumber(
  resource: Resource,
  path: string,
  ok: (n: number | null) => boolean,
  message: (n: number | null) => string,
): CheckResult {
  const v = getPath(resource.config, path);
  if (v === undefined) return skip(`${path} is not expressed by this source`);
  if (isUnknown(v)) return undetermined(`${path}: ${v.reason}`);
  if (v !== null && typeof v !== "number") return undetermined(`${path} is not a number`);
  return ok(v) ? pass() : fail(message(v), path);
}
