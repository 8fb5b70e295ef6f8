/**
 * Most Azure rules judge one normalized setting: "is `https_only` true?". This builds such a rule
 * from its metadata and a predicate, so that every one of them treats an absent value (the source
 * cannot express it) as not applicable and an unknown value as undetermined, the same way.
 */
import type { Resource } from "../../model/resource.ts";
import { containsUnknown, getPath, isUnknown, type Value } from "../../model/value.ts";
import { fail, pass, skip, undetermined, type Rule, type RuleMeta } from "../rule.ts";

export interface SettingSpec {
  /** Config path the rule reads, and the path a failure names. */
  path: string;
  /** True when the (known) value is the secure state. */
  ok: (value: Value, resource: Resource) => boolean;
  message: (resource: Resource, value: Value) => string;
  /** A reason to skip when the rule does not apply to this resource (another engine, plan, …). */
  skipWhen?: (resource: Resource) => string | undefined;
  /** Other config paths `ok` reads: when one is unknown the result is undetermined. */
  needs?: string[];
}

export function settingRule(meta: RuleMeta, spec: SettingSpec): Rule {
  return {
    ...meta,
    check(resource) {
      const reason = spec.skipWhen?.(resource);
      if (reason !== undefined) return skip(reason);
      const v = getPath(resource.config, spec.path);
      if (v === undefined) return skip(`${spec.path} is not expressed by this source`);
      if (isUnknown(v)) return undetermined(`${spec.path}: ${v.reason}`);
      if (containsUnknown(v)) return undetermined(`${spec.path} is partly unknown`);
      for (const other of spec.needs ?? []) {
        if (containsUnknown(getPath(resource.config, other))) return undetermined(`${other} is unknown`);
      }
      return spec.ok(v, resource) ? pass() : fail(spec.message(resource, v), spec.path);
    },
  };
}

/** `1.2` ≥ `1.2`; `none` (TLS not enforced) and unparsable values are below every version. */
export function tlsAtLeast(v: Value, min: string): boolean {
  if (typeof v !== "string") return false;
  const [a = 0, b = 0] = v.split(".").map(Number);
  const [c = 0, d = 0] = min.split(".").map(Number);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  return a > c || (a === c && b >= d);
}

/** Skips resources whose `engine` is not one of `engines`. */
export function onlyEngines(...engines: string[]): (r: Resource) => string | undefined {
  return (r) => {
    const e = r.config["engine"];
    return typeof e === "string" && engines.includes(e) ? undefined : `not a ${engines.join("/")} server`;
  };
}
