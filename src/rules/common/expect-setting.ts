/**
 * The common shape of a rule that reads one normalized setting: absent → the rule does not apply,
 * unknown → undetermined, otherwise pass or fail on a predicate.
 */
import type { Resource } from "../../model/resource.ts";
import { containsUnknown, getPath, isUnknown, type Value } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type CheckResult } from "../rule.ts";

export function expectSetting(
  resource: Resource,
  path: string,
  ok: (v: Value) => boolean,
  message: string,
): CheckResult {
  const v = getPath(resource.config, path);
  if (v === undefined) return skip(`${path} is not expressed by this source`);
  if (containsUnknown(v)) return undetermined(`${path}: ${isUnknown(v) ? v.reason : "not fully known"}`);
  return ok(v) ? pass() : fail(message, path);
}

/** The value must be `true`. */
export const isTrue = (v: Value): boolean => v === true;
/** The value must be `false`. */
export const isFalse = (v: Value): boolean => v === false;
