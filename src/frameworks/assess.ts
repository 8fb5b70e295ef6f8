/**
 * Judges each control of the selected frameworks from the evaluation results of its rules:
 * a control fails when any of its rules failed unmuted on any resource; it is unknown when none
 * failed but some check could not judge (unknown input, rule error), since unknown never counts
 * as passing; it passes when its rules judged at least one resource and all passed; it is not
 * applicable when no resource in the scan was one its rules judge; manual when no rule judges it.
 * Muted failures (reasoned suppressions, approved exceptions) are accepted risk: counted with the passes.
 * A framework with a provider (CIS AWS) is judged only on that provider's resources.
 */
import type { RuleResult } from "../engine/evaluate.ts";
import type { ControlResult, Finding } from "../engine/report-model.ts";
import { appliesTo, type Framework } from "./catalog.ts";

export function assessControls(
  frameworks: readonly Framework[],
  results: readonly RuleResult[],
  findings: readonly Finding[],
): ControlResult[] {
  const muted = new Set(
    findings.filter((f) => f.status === "muted").map((f) => `${f.rule_id}\u0000${f.resource.uid}`),
  );
  // rule id → provider → tallies, so a provider's framework counts only its own resources.
  const byRule = new Map<string, Map<string, { passed: number; failed: number; unknown: number }>>();
  for (const r of results) {
    const perProvider = byRule.get(r.rule.id) ?? new Map();
    byRule.set(r.rule.id, perProvider);
    const t = perProvider.get(r.resource.provider) ?? { passed: 0, failed: 0, unknown: 0 };
    if (r.status === "pass") t.passed++;
    else if (r.status === "fail") {
      if (muted.has(`${r.rule.id}\u0000${r.resource.uid}`)) t.passed++;
      else t.failed++;
    } else if (r.status === "error" || r.unknown) t.unknown++;
    perProvider.set(r.resource.provider, t);
  }
  const out: ControlResult[] = [];
  for (const fw of frameworks) {
    for (const c of fw.controls) {
      let passed = 0;
      let failed = 0;
      let unknown = 0;
      for (const id of c.rules) {
        for (const [provider, t] of byRule.get(id) ?? []) {
          if (!appliesTo(fw, provider)) continue;
          passed += t.passed;
          failed += t.failed;
          unknown += t.unknown;
        }
      }
      const status: ControlResult["status"] = !c.automated
        ? "manual"
        : failed > 0
          ? "fail"
          : unknown > 0
            ? "unknown"
            : passed > 0
              ? "pass"
              : "not_applicable";
      out.push({
        framework: fw.id,
        control: c.id,
        title: c.title,
        automated: c.automated,
        status,
        passed,
        failed,
      });
    }
  }
  return out;
}
