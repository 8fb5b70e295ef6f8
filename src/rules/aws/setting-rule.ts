/**
 * Builds a rule that judges one normalized setting of a resource: the shape most service rules
 * share. `applies` narrows it (only application load balancers, only engines that support a
 * feature) and says why it does not apply otherwise.
 */
import type { Resource } from "../../model/resource.ts";
import { containsUnknown, getPath, isUnknown, type Unknown, type Value } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule, type RuleMeta } from "../rule.ts";

export interface SettingRuleSpec extends RuleMeta {
  /** Config path read and named in failures. */
  path: string;
  /** True when the value is secure. */
  ok: (v: Value, resource: Resource) => boolean;
  message: (resource: Resource, v: Value) => string;
  /** Why the rule does not apply (a string), an unknown that decides it, or undefined when it applies. */
  applies?: (resource: Resource) => string | Unknown | undefined;
}

export function settingRule(spec: SettingRuleSpec): Rule {
  const { path, ok, message, applies, ...meta } = spec;
  return {
    ...meta,
    check(resource) {
      const reason = applies?.(resource);
      if (isUnknown(reason)) return undetermined(reason.reason);
      if (reason !== undefined) return skip(reason);
      const v = getPath(resource.config, path);
      if (v === undefined) return skip(`${path} is not expressed by this source`);
      if (containsUnknown(v)) return undetermined(`${path}: ${isUnknown(v) ? v.reason : "not fully known"}`);
      return ok(v, resource) ? pass() : fail(message(resource, v), path);
    },
  };
}

/** Skips resources not created by one of these native types. */
export function onlyNative(...types: string[]): (r: Resource) => string | undefined {
  return (r) => (types.includes(r.native_type) ? undefined : `applies to ${types.join(", ")} only`);
}

/** Applies only when a config value is what the rule is about; undetermined while it is unknown. */
export function onlyWhen(
  path: string,
  want: (v: Value) => boolean,
  why: string,
): (r: Resource) => string | Unknown | undefined {
  return (r) => {
    const v = getPath(r.config, path);
    if (isUnknown(v)) return v;
    return v !== undefined && want(v) ? undefined : why;
  };
}
