import type { RuleResult } from "../engine/evaluate.ts";

/**
 * The posture score: the share of evaluated resources with no failing rule, 0–100.
 * A resource is evaluated when at least one rule judged it (pass or fail). A resource with an
 * unmuted failure is not compliant; neither is one whose checks could not all run (unknown
 * inputs, failed API calls, rule errors): unknown is never counted as passing. Muted failures
 * (reasoned suppressions, approved exceptions) do not count against it.
 * Null when nothing was evaluated.
 */
export function postureScore(
  results: readonly RuleResult[],
  muted: (r: RuleResult) => boolean,
): number | null {
  const state = new Map<string, { judged: boolean; ok: boolean }>();
  for (const r of results) {
    const s = state.get(r.resource.uid) ?? { judged: false, ok: true };
    if (r.status === "pass") s.judged = true;
    else if (r.status === "fail") {
      s.judged = true;
      if (!muted(r)) s.ok = false;
    } else if (r.status === "error" || r.unknown) s.ok = false;
    state.set(r.resource.uid, s);
  }
  const judged = [...state.values()].filter((s) => s.judged);
  if (judged.length === 0) return null;
  return Math.round((1000 * judged.filter((s) => s.ok).length) / judged.length) / 10;
}
