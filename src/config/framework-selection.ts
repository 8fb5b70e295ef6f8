/**
 * `scan_config.framework`: which rules a gated run judges with. The guide writes
 * `"custom + CIS"`: terms joined by `+` or `,`, each one of
 *   - `custom`: the config's own CEL rules and Rego policies;
 *   - `all` (or `builtin`): every built-in rule;
 *   - a framework id (`cis-aws`, `pci-dss-4.0`) or a family (`CIS`, `PCI`, `NIST`, `HIPAA`, `SOC2`):
 *     the built-in rules mapped to that framework's controls, every version and cloud of a family.
 * Without the key every built-in rule runs, and custom rules with it.
 */
import type { Framework } from "../frameworks/catalog.ts";
import type { Rule } from "../rules/rule.ts";
import { ConfigError } from "./load.ts";

export interface FrameworkSelection {
  /** Built-in rules: all of them, or those these frameworks map. */
  builtin: "all" | Framework[];
  /** Whether custom rules and Rego policies run. */
  custom: boolean;
}

export function selectFromConfig(
  text: string | undefined,
  available: readonly Framework[],
  where: string,
): FrameworkSelection {
  if (text === undefined) return { builtin: "all", custom: true };
  const terms = text
    .split(/[+,]/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (terms.length === 0)
    throw new ConfigError(`${where}: scan_config.framework: expected at least one term`);
  let custom = false;
  let all = false;
  const picked = new Map<string, Framework>();
  for (const term of terms) {
    const t = term.toLowerCase();
    if (t === "custom") custom = true;
    else if (t === "all" || t === "builtin") all = true;
    else {
      // A term with a dash names one framework; a bare word names a family.
      const family = t.replace(/\s+/g, "");
      const matches = available.filter((f) => f.id === t || (!t.includes("-") && familyOf(f.id) === family));
      if (matches.length === 0) {
        throw new ConfigError(
          `${where}: scan_config.framework: unknown term "${term}" (expected custom, all, a framework id (${available.map((f) => f.id).join(", ")}) or a family (${[...new Set(available.map((f) => familyOf(f.id)))].join(", ")}))`,
        );
      }
      for (const f of matches) picked.set(f.id, f);
    }
  }
  return { builtin: all ? "all" : [...picked.values()], custom };
}

/**
 * The built-in rules these frameworks map, each narrowed to the providers the mapping frameworks
 * judge: with CIS AWS alone, a cross-cloud rule runs on AWS resources only, while a framework
 * without a provider (SOC 2, PCI DSS) keeps every provider of its rules.
 */
export function rulesOfFrameworks(rules: readonly Rule[], frameworks: readonly Framework[]): Rule[] {
  const judged = new Map<string, Set<string> | "all">();
  for (const fw of frameworks) {
    for (const id of fw.controls.flatMap((c) => c.rules)) {
      const now = judged.get(id);
      if (fw.provider === undefined) judged.set(id, "all");
      else if (now !== "all") judged.set(id, (now ?? new Set<string>()).add(fw.provider));
    }
  }
  return rules.flatMap((r) => {
    const providers = judged.get(r.id);
    if (providers === undefined) return [];
    if (providers === "all") return [r];
    const kept = r.providers.filter((p) => providers.has(p));
    if (kept.length === 0) return [];
    return [kept.length === r.providers.length ? r : { ...r, providers: kept }];
  });
}

/** `cis-aws` → `cis`, `pci-dss-4.0` → `pci`, `nist-800-53-r5` → `nist`, `soc2` → `soc2`. */
function familyOf(id: string): string {
  return id.split("-")[0]!.toLowerCase();
}
