import type { Resource } from "../model/resource.ts";
import type { Failure, Rule } from "../rules/rule.ts";
import type { ResourceGraph } from "./graph.ts";

/** One result per (rule, resource) that the rule applies to: the compliance evidence. */
export interface RuleResult {
  rule: Rule;
  resource: Resource;
  status: "pass" | "fail" | "error" | "skip";
  failures?: Failure[];
  /** For skip: why; `unknown` is set when the rule applied but an input was unknown. */
  reason?: string;
  unknown?: boolean;
}

export function applies(rule: Rule, resource: Resource): boolean {
  return (
    rule.providers.includes(resource.provider) &&
    (rule.resource_types.includes(resource.type) || rule.resource_types.includes("*"))
  );
}

/** Runs every applicable rule on every resource. A rule that throws yields `error`, never silence. */
export function evaluate(
  rules: readonly Rule[],
  resources: readonly Resource[],
  graph: ResourceGraph,
): RuleResult[] {
  const byType = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const t of rule.resource_types) {
      const list = byType.get(t);
      if (list) list.push(rule);
      else byType.set(t, [rule]);
    }
  }
  const results: RuleResult[] = [];
  const ctx = { graph };
  for (const resource of resources) {
    for (const rule of [...(byType.get(resource.type) ?? []), ...(byType.get("*") ?? [])]) {
      if (!rule.providers.includes(resource.provider)) continue;
      try {
        const r = rule.check(resource, ctx);
        if (r.status === "fail") results.push({ rule, resource, status: "fail", failures: r.failures });
        else if (r.status === "skip") {
          const res: RuleResult = { rule, resource, status: "skip", reason: r.reason };
          if (r.unknown) res.unknown = true;
          results.push(res);
        } else results.push({ rule, resource, status: "pass" });
      } catch (e) {
        results.push({ rule, resource, status: "error", reason: (e as Error).message ?? String(e) });
      }
    }
  }
  return results;
}
