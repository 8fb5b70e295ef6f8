/**
 * The shape of most Kubernetes rules: judge each container of a workload on one normalized
 * setting. Failures name the container's path so the finding points at the line that decided it.
 */
import type { Resource } from "../../model/resource.ts";
import { containsUnknown, getPath, isValueMap, type Value, type ValueMap } from "../../model/value.ts";
import { failAll, skip, undetermined, type CheckResult, type Failure } from "../rule.ts";

export type ContainerRole = "container" | "init" | "ephemeral";

export interface ContainerCheck {
  /** Config field of the container (`privileged`, `resources.cpu_limit`). */
  field: string;
  /** Which containers the concern applies to; every kind by default. */
  roles?: readonly ContainerRole[];
  /** Workload kinds the rule does not judge (probes mean nothing to a Job). */
  skipKinds?: readonly string[];
  ok(value: Value, container: ValueMap): boolean;
  message(container: string, value: Value): string;
}

export function checkContainers(resource: Resource, check: ContainerCheck): CheckResult {
  const kind = resource.config["kind"];
  if (typeof kind === "string" && check.skipKinds?.includes(kind))
    return skip(`${kind} workloads are not judged by this rule`);
  const list = resource.config["containers"];
  if (!Array.isArray(list)) return skip("no containers");
  const failures: Failure[] = [];
  let judged = 0;
  let unknownReason: string | undefined;
  list.forEach((c, i) => {
    if (!isValueMap(c)) return;
    const role = c["role"] as ContainerRole;
    if (check.roles && !check.roles.includes(role)) return;
    const v = getPath(c, check.field);
    if (v === undefined) return;
    if (containsUnknown(v)) {
      unknownReason ??= `containers.${i}.${check.field} is not known`;
      return;
    }
    judged++;
    if (!check.ok(v, c))
      failures.push({
        message: check.message(typeof c["name"] === "string" ? c["name"] : `#${i}`, v),
        path: `containers.${i}.${check.field}`,
      });
  });
  if (failures.length > 0) return failAll(failures);
  if (unknownReason) return undetermined(unknownReason);
  if (judged === 0) return skip("no container this rule applies to");
  return failAll([]);
}

/** Quotes a name taken from a manifest for a message (manifests come from anyone). */
export function q(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name);
}
