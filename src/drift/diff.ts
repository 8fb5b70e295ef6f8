/**
 * Drift between a reference state (a baseline scan, a Terraform state) and a current one: per
 * resource, added, removed or changed — attribute by attribute over the normalized
 * configuration and the tags (the native attributes for resources with no common type).
 * A value unknown on either side is not compared: it would only be a guess.
 */
import type { Relevance } from "../lifecycle/settings.ts";
import type { RelevanceTable } from "./classify.ts";
import { mostRelevant } from "./classify.ts";

/** One side's view of a resource, from a stored snapshot or a live/IaC/state resource. */
export interface DriftResource {
  uid: string;
  /** Terraform address (or other source address), to match IaC or state resources to each other. */
  address: string | null;
  type: string;
  native_type: string;
  name: string;
  provider: string;
  project: string | null;
  region: string | null;
  config: unknown;
  tags: Record<string, string>;
  raw: unknown;
}

export interface AttributeChange {
  path: string;
  before: unknown;
  after: unknown;
  relevance: Relevance;
}

export interface ResourceDrift {
  kind: "added" | "removed" | "changed";
  uid: string;
  name: string;
  type: string;
  native_type: string;
  provider: string;
  project: string | null;
  region: string | null;
  relevance: Relevance;
  changes: AttributeChange[];
  /** Who made the change and when, where the cloud's audit log says. */
  attribution?: { who: string; when: string; event: string; source?: string }[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isUnknown = (v: unknown): boolean => isObject(v) && Object.keys(v).length === 1 && "$unknown" in v;

/** Arrays are compared as sets of canonical JSON: reordering security group rules is no change. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).sort().join(",")}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v ?? null);
}

function containsUnknown(v: unknown): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObject(v)) return Object.values(v).some(containsUnknown);
  return false;
}

function diffValues(
  before: unknown,
  after: unknown,
  path: string,
  out: { path: string; before: unknown; after: unknown }[],
): void {
  if (containsUnknown(before) && !isObject(before)) return;
  if (isObject(before) && isObject(after) && !isUnknown(before) && !isUnknown(after)) {
    for (const k of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      diffValues(before[k], after[k], path ? `${path}.${k}` : k, out);
    }
    return;
  }
  if (containsUnknown(before) || containsUnknown(after)) return;
  if (canonical(before) === canonical(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lists of rules, grants, CIDRs: report the elements that went and came, not the whole list.
    const left = new Map<string, unknown[]>();
    for (const v of before) left.set(canonical(v), [...(left.get(canonical(v)) ?? []), v]);
    const added: unknown[] = [];
    for (const v of after) {
      const same = left.get(canonical(v));
      if (same && same.length > 0) same.pop();
      else added.push(v);
    }
    for (const gone of [...left.values()].flat()) out.push({ path, before: gone, after: null });
    for (const v of added) out.push({ path, before: null, after: v });
    return;
  }
  out.push({ path, before: before ?? null, after: after ?? null });
}

const isEmpty = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  v === "" ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);

/** The settings a whole added or removed resource carries (empty ones say nothing). */
function settingsOf(r: DriftResource): [string, unknown][] {
  return Object.entries(attributesOf(r)).filter(([, v]) => !isEmpty(v) && !containsUnknown(v));
}

function attributesOf(r: DriftResource): Record<string, unknown> {
  const body = r.type === "unmodeled" ? r.raw : r.config;
  return { ...(isObject(body) ? body : {}), tags: r.tags };
}

/** Pairs current resources with reference ones: same uid, else same address, else same cloud id. */
function pair(
  reference: readonly DriftResource[],
  current: readonly DriftResource[],
): Map<DriftResource, DriftResource> {
  const byUid = new Map(reference.map((r) => [r.uid, r]));
  const byAddress = new Map(reference.filter((r) => r.address).map((r) => [r.address!, r]));
  const byCloudId = new Map<string, DriftResource>();
  for (const r of reference) {
    const raw = isObject(r.raw) ? r.raw : {};
    for (const k of ["arn", "id", "self_link"])
      if (typeof raw[k] === "string") byCloudId.set(raw[k] as string, r);
  }
  const pairs = new Map<DriftResource, DriftResource>();
  const taken = new Set<DriftResource>();
  for (const c of current) {
    const candidates = [
      byUid.get(c.uid),
      c.address ? byAddress.get(c.address) : undefined,
      byCloudId.get(c.uid),
    ];
    const raw = isObject(c.raw) ? c.raw : {};
    for (const k of ["arn", "id"])
      if (typeof raw[k] === "string") candidates.push(byCloudId.get(raw[k] as string));
    const match = candidates.find((m) => m !== undefined && !taken.has(m));
    if (match) {
      pairs.set(c, match);
      taken.add(match);
    }
  }
  return pairs;
}

function header(r: DriftResource): Omit<ResourceDrift, "kind" | "relevance" | "changes"> {
  return {
    uid: r.uid,
    name: r.name,
    type: r.type,
    native_type: r.native_type,
    provider: r.provider,
    project: r.project,
    region: r.region,
  };
}

export function diffStates(
  reference: readonly DriftResource[],
  current: readonly DriftResource[],
  table: RelevanceTable,
): ResourceDrift[] {
  const pairs = pair(reference, current);
  const matched = new Set(pairs.values());
  const out: ResourceDrift[] = [];
  for (const c of current) {
    const ref = pairs.get(c);
    if (!ref) {
      // A new resource is as relevant as its most relevant setting would be if it changed.
      const changes = settingsOf(c).map(([path, after]) => ({
        path,
        before: null,
        after,
        relevance: table.classify(c.type, c.native_type, path),
      }));
      out.push({
        kind: "added",
        ...header(c),
        relevance: mostRelevant(changes.map((x) => x.relevance)),
        changes,
      });
      continue;
    }
    const raw: { path: string; before: unknown; after: unknown }[] = [];
    diffValues(attributesOf(ref), attributesOf(c), "", raw);
    if (raw.length === 0) continue;
    const changes = raw.map((x) => ({ ...x, relevance: table.classify(c.type, c.native_type, x.path) }));
    out.push({
      kind: "changed",
      ...header(c),
      relevance: mostRelevant(changes.map((x) => x.relevance)),
      changes,
    });
  }
  for (const r of reference) {
    if (matched.has(r)) continue;
    const changes = settingsOf(r).map(([path, before]) => ({
      path,
      before,
      after: null,
      relevance: table.classify(r.type, r.native_type, path),
    }));
    out.push({
      kind: "removed",
      ...header(r),
      relevance: mostRelevant(changes.map((x) => x.relevance)),
      changes,
    });
  }
  return out;
}
