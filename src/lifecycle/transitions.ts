/**
 * The finding lifecycle as a pure decision: given what the store knows and what one scan saw,
 * which findings are new, still open, reopened or resolved.
 *
 * A finding is one rule on one resource (its id is the fingerprint of both). It is resolved only
 * by a scan that saw its resource's scope unit without error (see scope.ts) and judged the pair
 * anew: the resource is gone, or the rule now passes or no longer applies. A rule that errored or
 * could not decide (unknown input), or did not run on the resource at all, resolves nothing.
 */
import { resolvable, type Coverage } from "./scope.ts";

export interface ObservedFinding {
  id: string;
  rule_id: string;
  uid: string;
  title: string;
  severity: string;
  scope: string;
  provider: string;
  project: string | null;
  region: string | null;
  owner: string | null;
  muted: boolean;
  muted_reason: string | null;
  exception_id: string | null;
}

export interface KnownFinding {
  id: string;
  rule_id: string;
  uid: string;
  scope: string;
  state: "open" | "resolved";
  last_seen: string;
  resolved_at: string | null;
  reopen_count: number;
}

export interface ScanView {
  at: string;
  status: "complete" | "partial" | "failed";
  coverage: Coverage;
  /** Uids of every resource the scan saw. */
  present: ReadonlySet<string>;
  /** `rule\0uid` → stored result status (pass, skip, unknown, error, fail, muted). */
  results: ReadonlyMap<string, string>;
}

export interface Transitions {
  created: ObservedFinding[];
  reopened: { observed: ObservedFinding; known: KnownFinding }[];
  stillOpen: { observed: ObservedFinding; known: KnownFinding }[];
  resolved: KnownFinding[];
}

/** Results that show the pair was judged and found fine. */
const CLEARING = new Set(["pass", "skip"]);

export function decide(
  known: ReadonlyMap<string, KnownFinding>,
  observed: readonly ObservedFinding[],
  scan: ScanView,
): Transitions {
  const out: Transitions = { created: [], reopened: [], stillOpen: [], resolved: [] };
  const seen = new Set<string>();
  for (const o of observed) {
    seen.add(o.id);
    const k = known.get(o.id);
    if (!k) out.created.push(o);
    // A scan older than the resolution it would undo (recorded late) does not reopen.
    else if (k.state === "resolved" && scan.at >= (k.resolved_at ?? k.last_seen))
      out.reopened.push({ observed: o, known: k });
    else if (k.state === "open") out.stillOpen.push({ observed: o, known: k });
  }
  if (scan.status === "failed") return out;
  for (const k of known.values()) {
    if (k.state !== "open" || seen.has(k.id) || scan.at < k.last_seen) continue;
    if (!resolvable(k.scope, scan.coverage)) continue;
    const gone = !scan.present.has(k.uid);
    const result = scan.results.get(`${k.rule_id}\u0000${k.uid}`);
    if (gone || (result !== undefined && CLEARING.has(result))) out.resolved.push(k);
  }
  return out;
}
