/** Reading RBAC rules: which grants a role's rules add up to, wildcards included. */
import type { Resource } from "../../model/resource.ts";
import { containsUnknown, isValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type CheckResult, type Failure } from "../rule.ts";
import { q } from "./container-check.ts";

export interface RoleRule {
  api_groups: string[];
  resources: string[];
  verbs: string[];
  resource_names: string[];
}

/** Controllers whose creation creates pods. */
export const WORKLOADS = [
  "pods",
  "deployments",
  "replicasets",
  "statefulsets",
  "daemonsets",
  "jobs",
  "cronjobs",
  "replicationcontrollers",
];

/** The rule grants one of `verbs` on one of `resources` (or `pods/*`-style) in one of `groups`, wildcards included. */
export function grants(r: RoleRule, verbs: string[], resources: string[], groups: string[]): boolean {
  const group = r.api_groups.includes("*") || r.api_groups.some((g) => groups.includes(g));
  const resource =
    r.resources.includes("*") ||
    r.resources.some(
      (x) =>
        resources.includes(x) || (x.endsWith("/*") && resources.some((y) => y.startsWith(x.slice(0, -1)))),
    );
  const verb = r.verbs.includes("*") || r.verbs.some((v) => verbs.includes(v));
  return group && resource && verb;
}

/** Judges each rule of a role: `offends` names the offending field of a rule, or null. */
export function checkRoleRules(
  resource: Resource,
  offends: (r: RoleRule) => string | null,
  message: (role: string, field: string) => string,
): CheckResult {
  const rules = resource.config["rules"];
  if (rules === undefined) return skip("rules are not expressed by this source");
  if (containsUnknown(rules)) return undetermined("rules are not known");
  if (!Array.isArray(rules)) return skip("no rules");
  const failures: Failure[] = [];
  rules.forEach((r, i) => {
    if (!isValueMap(r)) return;
    const field = offends(r as unknown as RoleRule);
    if (field !== null)
      failures.push({ message: message(q(resource.name), field), path: `rules.${i}.${field}` });
  });
  return failAll(failures);
}
