/**
 * How much a configuration change matters for security. The guide: some drift is acceptable
 * (auto-scaling sizes), some is critical (security group rules, bucket policies). The user's
 * `drift.relevance` rules come first; the first match wins; anything unmatched is medium.
 */
import type { Relevance, RelevanceRule } from "../lifecycle/settings.ts";

const BUILT_IN: RelevanceRule[] = [
  // Capacity moves with load: never a security event.
  ...[
    "desired_capacity",
    "min_size",
    "max_size",
    "desired_size",
    "node_count",
    "instance_count",
    "capacity",
    "scaling*",
  ].map((a): RelevanceRule => ({ type: "*", attribute: `*${a}`, level: "ignore" })),
  { type: "*", attribute: "*last_modified*", level: "ignore" },
  { type: "firewall_rule", attribute: "*", level: "critical" },
  { type: "network_acl", attribute: "*", level: "critical" },
  { type: "aws_security_group*", attribute: "*", level: "critical" },
  { type: "aws_network_acl*", attribute: "*", level: "critical" },
  { type: "azurerm_network_security*", attribute: "*", level: "critical" },
  { type: "google_compute_firewall", attribute: "*", level: "critical" },
  ...[
    "*policy*",
    "*public*",
    "acl*",
    "*.acl*",
    "*grant*",
    "*ingress*",
    "*egress*",
    "*cidr*",
    "*sources*",
    "*principal*",
    "*trust*",
    "*shared*",
  ].map((a): RelevanceRule => ({ type: "*", attribute: a, level: "critical" })),
  ...[
    "*encrypt*",
    "*kms*",
    "*key*",
    "*tls*",
    "*ssl*",
    "*mfa*",
    "*password*",
    "*role*",
    "*permission*",
    "*metadata_options*",
    "*imds*",
  ].map((a): RelevanceRule => ({ type: "*", attribute: a, level: "high" })),
  ...[
    "*log*",
    "*audit*",
    "*versioning*",
    "*backup*",
    "*retention*",
    "*deletion_protection*",
    "*monitoring*",
  ].map((a): RelevanceRule => ({ type: "*", attribute: a, level: "high" })),
  { type: "*", attribute: "tags.*", level: "low" },
  { type: "*", attribute: "description", level: "low" },
];

function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "i",
  );
}

export class RelevanceTable {
  private readonly rules: { type: RegExp; attribute: RegExp; level: Relevance }[];

  constructor(userRules: readonly RelevanceRule[] = []) {
    this.rules = [...userRules, ...BUILT_IN].map((r) => ({
      type: glob(r.type),
      attribute: glob(r.attribute),
      level: r.level,
    }));
  }

  /** `path` is the changed attribute (`rules`, `tags.env`, `encryption.enabled`). */
  classify(type: string, nativeType: string, path: string): Relevance {
    for (const r of this.rules) {
      if ((r.type.test(type) || r.type.test(nativeType)) && r.attribute.test(path)) return r.level;
    }
    return "medium";
  }
}

const ORDER: Relevance[] = ["critical", "high", "medium", "low", "ignore"];

export function mostRelevant(levels: readonly Relevance[]): Relevance {
  return levels.reduce<Relevance>((a, b) => (ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a), "ignore");
}
