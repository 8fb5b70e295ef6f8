/**
 * Risk scoring: the guide's factors — severity, exposure, data sensitivity, blast radius and
 * exploitability — combined into 0–100 so that an open security group in front of production
 * data outranks the same rule on an isolated test instance.
 */
import type { Resource } from "../model/resource.ts";
import type { Rule, Severity } from "../rules/rule.ts";
import type { RiskFactor } from "../engine/report-model.ts";
import type { ResourceGraph } from "../engine/graph.ts";

const BASE: Record<Severity, number> = { critical: 80, high: 60, medium: 40, low: 20, info: 5 };
const SENSITIVE = /\b(pii|phi|pci|confidential|restricted|secret|sensitive|customer|patient|financial)\b/i;
const PRODUCTION = /^(prod|production|prd|live)$/i;

export function scoreRisk(
  rule: Rule,
  resource: Resource,
  graph: ResourceGraph,
): { score: number; factors: RiskFactor[] } {
  const factors: RiskFactor[] = [{ name: "severity", weight: BASE[rule.severity], detail: rule.severity }];
  const exposed = isInternetExposed(resource, graph);
  if (exposed) factors.push({ name: "exposure", weight: 10, detail: exposed });
  const sensitivity = sensitivityOf(resource);
  if (sensitivity) factors.push({ name: "sensitivity", weight: 6, detail: sensitivity });
  const reach = graph.incoming(resource.uid).length + graph.outgoing(resource.uid).length;
  if (reach > 0)
    factors.push({
      name: "blast_radius",
      weight: Math.min(6, reach * 2),
      detail: `${reach} related resources`,
    });
  if (rule.category === "public_exposure" || (rule.category === "network" && exposed)) {
    factors.push({
      name: "exploitability",
      weight: 4,
      detail: "reachable from the internet without credentials",
    });
  }
  const score = Math.min(
    100,
    factors.reduce((sum, f) => sum + f.weight, 0),
  );
  return { score, factors };
}

function isInternetExposed(resource: Resource, graph: ResourceGraph): string | undefined {
  const c = resource.config;
  if (c["public_access"] === true) return "publicly accessible";
  if (c["public_ip"] === true) return "has a public IP address";
  if (c["public"] === true) return "shared publicly";
  for (const sg of graph.outgoing(resource.uid, "uses_firewall")) {
    if (opensToWorld(sg)) return `behind ${sg.name}, open to the internet`;
  }
  return undefined;
}

function opensToWorld(firewall: Resource): boolean {
  const rules = firewall.config["rules"];
  if (!Array.isArray(rules)) return false;
  return rules.some((r) => {
    if (typeof r !== "object" || r === null || Array.isArray(r)) return false;
    const rule = r as Record<string, unknown>;
    const sources = rule["sources"];
    return (
      rule["direction"] === "ingress" &&
      rule["action"] === "allow" &&
      Array.isArray(sources) &&
      sources.some((s) => s === "0.0.0.0/0" || s === "::/0" || s === "*" || s === "Internet")
    );
  });
}

function sensitivityOf(resource: Resource): string | undefined {
  for (const [k, v] of Object.entries(resource.tags)) {
    if (/classification|sensitivity|data/i.test(k) && SENSITIVE.test(v)) return `tag ${k}=${v}`;
    if (/^(env|environment|stage)$/i.test(k) && PRODUCTION.test(v)) return `production (${k}=${v})`;
  }
  return undefined;
}
