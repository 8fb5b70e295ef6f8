/**
 * A scan's posture split by dimension, with the same judgement as the report's posture score
 * (src/score/posture.ts): a resource counts when a rule judged it; it is compliant when no
 * unmuted rule fails on it and every check on it could run.
 */
import type { Resource } from "../model/resource.ts";
import type { RuleResult } from "../engine/evaluate.ts";
import { ownerOf } from "../lifecycle/owner.ts";

export interface PostureCell {
  dimension: "all" | "provider" | "team" | "account";
  key: string;
  evaluated: number;
  compliant: number;
}

export const NO_OWNER = "(no owner)";
export const NO_ACCOUNT = "(no account)";

export function dimensionKeys(
  r: Pick<Resource, "provider" | "project" | "tags">,
): [PostureCell["dimension"], string][] {
  return [
    ["all", "all"],
    ["provider", r.provider],
    ["team", ownerOf(r.tags) ?? NO_OWNER],
    ["account", r.project ?? NO_ACCOUNT],
  ];
}

export function postureBreakdown(
  results: readonly RuleResult[],
  muted: (r: RuleResult) => boolean,
): PostureCell[] {
  const state = new Map<string, { resource: Resource; judged: boolean; ok: boolean }>();
  for (const r of results) {
    const s = state.get(r.resource.uid) ?? { resource: r.resource, judged: false, ok: true };
    if (r.status === "pass") s.judged = true;
    else if (r.status === "fail") {
      s.judged = true;
      if (!muted(r)) s.ok = false;
    } else if (r.status === "error" || r.unknown) s.ok = false;
    state.set(r.resource.uid, s);
  }
  const cells = new Map<string, PostureCell>();
  for (const s of state.values()) {
    if (!s.judged) continue;
    for (const [dimension, key] of dimensionKeys(s.resource)) {
      const id = `${dimension}\u0000${key}`;
      const c = cells.get(id) ?? { dimension, key, evaluated: 0, compliant: 0 };
      c.evaluated++;
      if (s.ok) c.compliant++;
      cells.set(id, c);
    }
  }
  return [...cells.values()];
}
