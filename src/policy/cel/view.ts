/**
 * What a CEL condition sees as `resource`: the resource model, read lazily through proxies so
 * that every read of an unknown value is recorded. CEL compares values of different types as
 * unequal instead of failing (`x == "Enabled"` is simply false when x is unknown), so the
 * verdict cannot be left to the expression: a condition that read any unknown value is
 * reported unknown, never pass or fail.
 *
 * Integers become CEL ints (bigint) so that `retention_days >= 7` compares as written.
 * Objects are null-prototype views, which cel-js treats as maps.
 */
import type { Resource, ResourcePart } from "../../model/resource.ts";
import { Unknown, isValueMap, type Value } from "../../model/value.ts";
import type { ResourceGraph } from "../../engine/graph.ts";
import { referenceIndex } from "../references.ts";

/** An unknown value as CEL sees it; registered as the CEL type `unknown`. */
export class UnknownMarker {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** One evaluation's state: the graph to resolve against and the unknowns read so far. */
export class Session {
  readonly graph: ResourceGraph;
  readonly unknownReads = new Set<string>();
  constructor(graph: ResourceGraph) {
    this.graph = graph;
  }
}

/** A resource, or a block joined into one (a custom rule on a companion native type). */
export interface Subject {
  resource: Resource;
  part?: ResourcePart;
}

export function subjectView(s: Subject, session: Session): object {
  const r = s.resource;
  const fields: Record<string, () => unknown> = s.part
    ? {
        uid: () => `${r.uid}#${s.part!.address}`,
        native_type: () => s.part!.native_type,
        type: () => r.type,
        address: () => s.part!.address,
        name: () => s.part!.address.split(".").pop() ?? s.part!.address,
        provider: () => r.provider,
        raw: () => toCel(s.part!.raw, session),
        tags: () => toCel(tagsOf(s.part!.raw), session),
        primary: () => subjectView({ resource: r }, session),
      }
    : {
        uid: () => r.uid,
        type: () => r.type,
        native_type: () => r.native_type,
        name: () => r.name,
        address: () => r.source.address ?? null,
        provider: () => r.provider,
        project: () => r.project,
        region: () => r.region,
        tags: () => toCel(r.tags, session),
        config: () => toCel(withGaps(r), session),
        metadata: () => toCel(r.metadata, session),
        raw: () => toCel(r.raw, session),
        source: () => toCel(r.source as unknown as Value, session),
        parts: () => (r.parts ?? []).map((p) => subjectView({ resource: r, part: p }, session)),
        related: () =>
          referenceIndex(session.graph)
            .neighbours(r, session.graph)
            .map((n) =>
              mapView({ kind: n.kind, direction: n.direction }, session, {
                resource: () => subjectView({ resource: n.resource }, session),
              }),
            ),
      };
  const view = mapView({}, session, fields);
  views.set(view, { subject: s, session });
  return view;
}

/** View → what it shows, for functions (`refs`) that read the model without touching unknowns. */
const views = new WeakMap<object, { subject: Subject; session: Session }>();

export function viewedSubject(view: object): { subject: Subject; session: Session } | undefined {
  return views.get(view);
}

/** Config paths whose reads failed (live sources) are unknown, whatever the normalizer left there. */
function withGaps(r: Resource): Value {
  if (!r.gaps || Object.keys(r.gaps).length === 0) return r.config;
  const copy = structuredCloneValue(r.config) as Record<string, Value>;
  for (const [path, reason] of Object.entries(r.gaps)) {
    const parts = path.split(".");
    let cur: Record<string, Value> = copy;
    for (const p of parts.slice(0, -1)) {
      const next = cur[p];
      if (!isValueMap(next)) cur[p] = {};
      cur = cur[p] as Record<string, Value>;
    }
    cur[parts[parts.length - 1]!] = new Unknown(reason);
  }
  return copy;
}

function structuredCloneValue(v: Value): Value {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) return v.map(structuredCloneValue);
  if (isValueMap(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structuredCloneValue(x)]));
  return v;
}

function tagsOf(raw: Record<string, Value>): Value {
  const t = raw["tags"] ?? raw["labels"];
  return isValueMap(t) ? t : {};
}

export function toCel(v: Value | undefined, session: Session): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Unknown) return new UnknownMarker(v.reason);
  if (typeof v === "number") return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return listView(v, session);
  if (typeof v === "object") return mapView(v, session, {});
  return v;
}

function read(v: Value | undefined, session: Session): unknown {
  if (v instanceof Unknown) session.unknownReads.add(v.reason);
  return toCel(v, session);
}

/**
 * A map view. `lazy` fields are computed on first read (graph neighbours, nested resources);
 * plain values are converted on each read so that each read of an unknown is recorded.
 */
function mapView(
  values: Record<string, Value>,
  session: Session,
  lazy: Record<string, () => unknown>,
): object {
  const computed = new Map<string, unknown>();
  const has = (k: string | symbol) =>
    typeof k === "string" && (Object.hasOwn(values, k) || Object.hasOwn(lazy, k));
  return new Proxy(Object.create(null) as object, {
    get(_t, k) {
      if (typeof k !== "string") return undefined;
      if (Object.hasOwn(lazy, k)) {
        if (!computed.has(k)) computed.set(k, lazy[k]!());
        return computed.get(k);
      }
      return Object.hasOwn(values, k) ? read(values[k], session) : undefined;
    },
    has: (_t, k) => has(k),
    ownKeys: () => [...Object.keys(values), ...Object.keys(lazy)],
    // Presence without reading the value: `has()` and `in` must not count as reading an unknown.
    getOwnPropertyDescriptor: (_t, k) =>
      has(k) ? { configurable: true, enumerable: true, writable: false, value: undefined } : undefined,
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

function listView(values: readonly Value[], session: Session): unknown[] {
  return new Proxy([] as unknown[], {
    get(target, k) {
      if (k === "length") return values.length;
      if (typeof k === "string" && /^\d+$/.test(k)) return read(values[Number(k)], session);
      return Reflect.get(target, k) as unknown;
    },
    has: (_t, k) => (typeof k === "string" && /^\d+$/.test(k) ? Number(k) < values.length : k in []),
    ownKeys: () => [...values.keys()].map(String).concat("length"),
    getOwnPropertyDescriptor: (target, k) =>
      k === "length"
        ? Reflect.getOwnPropertyDescriptor(target, k)
        : typeof k === "string" && /^\d+$/.test(k) && Number(k) < values.length
          ? { configurable: true, enumerable: true, writable: false, value: undefined }
          : undefined,
    set: () => false,
  });
}
