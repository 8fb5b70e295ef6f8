/**
 * Turning the gate file and the scan flags into what a scan runs with: the rules (built-in as
 * the framework selection says, the config's CEL rules, Rego policies), the excluded paths and
 * the thresholds. Flags win over the file; the file wins over the defaults.
 */
import type { Framework } from "../frameworks/catalog.ts";
import { loadFrameworks } from "../frameworks/catalog.ts";
import type { Rule, Severity } from "../rules/rule.ts";
import { compileCustomRule, type CustomRule } from "../policy/cel/custom-rule.ts";
import { OPA_HELP, OpaError, findOpa } from "../policy/rego/opa.ts";
import { loadRegoPolicies, regoRules } from "../policy/rego/rego-rules.ts";
import { ConfigError, findConfig, loadConfig, type GateConfig } from "./load.ts";
import { rulesOfFrameworks, selectFromConfig } from "./framework-selection.ts";

export interface PrepareOptions {
  cwd: string;
  config?: string;
  /** `--policy` paths, added to the file's `scan_config.policies`. */
  policies: string[];
  builtin: Rule[];
  /** `--framework` ids; when given they replace the file's selection of built-in rules. */
  frameworkFlags: string[];
  /** `--fail-on`, when given on the command line. */
  failOn?: Severity | "none";
}

export interface PreparedGate {
  config?: GateConfig;
  rules: Rule[];
  /** Frameworks to report per control (from the flags or the file). */
  frameworks: Framework[];
  exclude: string[];
  block: Severity | "none";
  warn?: Severity;
  ignore?: Severity;
  /** What the user should know about the run that is no error: printed on stderr. */
  notes: string[];
  /** Problems with policies that did not stop the scan; they join the report's errors. */
  diagnostics: string[];
  custom: CustomRule[];
}

export function prepareGate(o: PrepareOptions): PreparedGate {
  const file = findConfig(o.cwd, o.config);
  const config = file !== undefined ? loadConfig(file, o.cwd) : undefined;
  const available = loadFrameworks();
  const fromFile = selectFromConfig(
    config?.framework?.text,
    available,
    config?.framework ? `${config.file}:${config.framework.line}` : "",
  );
  let frameworks: Framework[] = [];
  let builtin: Rule[] = o.builtin;
  if (o.frameworkFlags.length > 0) {
    frameworks = o.frameworkFlags.map((id) => {
      const fw = available.find((f) => f.id === id);
      if (!fw)
        throw new ConfigError(
          `--framework: unknown framework "${id}" (expected ${available.map((f) => f.id).join(", ")})`,
        );
      return fw;
    });
  } else if (fromFile.builtin !== "all") {
    frameworks = fromFile.builtin;
  }
  if (frameworks.length > 0) {
    builtin = rulesOfFrameworks(o.builtin, frameworks);
  } else if (o.frameworkFlags.length === 0 && fromFile.builtin !== "all") {
    builtin = [];
  }
  const notes: string[] = [];
  const left = o.builtin.length - builtin.length;
  // The file's selection silently narrows the run otherwise; `--framework` is asked for explicitly.
  if (o.frameworkFlags.length === 0 && config?.framework && left > 0) {
    notes.push(
      `${left} of ${o.builtin.length} built-in rules were not run: ${config.file}:${config.framework.line} selects framework "${config.framework.text}" (add "all" to run every built-in rule)`,
    );
  }
  const useCustom = o.frameworkFlags.length > 0 || fromFile.custom;
  const custom = useCustom ? (config?.customRules ?? []).map(compileCustomRule) : [];
  const diagnostics: string[] = [];
  const policyPaths = [...(useCustom ? (config?.policies ?? []) : []), ...o.policies];
  const rego: Rule[] = [];
  if (policyPaths.length > 0) {
    const opa = findOpa();
    if (opa === undefined)
      diagnostics.push(`Rego policies in ${policyPaths.join(", ")} were not evaluated. ${OPA_HELP}`);
    else {
      try {
        rego.push(...regoRules(loadRegoPolicies(opa, policyPaths), diagnostics));
      } catch (e) {
        if (e instanceof OpaError) throw new ConfigError(`Rego policies: ${e.message}`);
        throw e;
      }
    }
  }
  const t = config?.thresholds ?? {};
  const out: PreparedGate = {
    rules: [...builtin, ...custom, ...rego],
    frameworks,
    exclude: config?.exclude ?? [],
    block: o.failOn ?? t.block ?? "high",
    notes,
    diagnostics,
    custom,
  };
  if (config) out.config = config;
  if (t.warn) out.warn = t.warn;
  if (t.ignore) out.ignore = t.ignore;
  return out;
}
