import graphology from "graphology";
import type { Resource } from "../model/resource.ts";

const { MultiDirectedGraph } = graphology;

/** A read-only view of the relationships between resources, for rules and the risk scorer. */
export interface ResourceGraph {
  get(uid: string): Resource | undefined;
  /** Resources this one points at (an instance → its security groups), optionally of one edge kind. */
  outgoing(uid: string, kind?: string): Resource[];
  /** Resources pointing at this one (a security group → the instances using it). */
  incoming(uid: string, kind?: string): Resource[];
  /** Every resource of the scan, for custom policies that resolve references by address. */
  all(): readonly Resource[];
}

export function buildGraph(resources: readonly Resource[]): ResourceGraph {
  const g = new MultiDirectedGraph<{ resource: Resource }, { kind: string }>();
  for (const r of resources) if (!g.hasNode(r.uid)) g.addNode(r.uid, { resource: r });
  for (const r of resources) {
    for (const link of r.links ?? []) {
      if (g.hasNode(link.target) && link.target !== r.uid) g.addEdge(r.uid, link.target, { kind: link.kind });
    }
  }
  const collect = (uid: string, dir: "out" | "in", kind?: string): Resource[] => {
    if (!g.hasNode(uid)) return [];
    const out: Resource[] = [];
    const seen = new Set<string>();
    const visit = (_e: string, attrs: { kind: string }, source: string, target: string): void => {
      const other = dir === "out" ? target : source;
      if ((kind === undefined || attrs.kind === kind) && !seen.has(other)) {
        seen.add(other);
        out.push(g.getNodeAttribute(other, "resource"));
      }
    };
    if (dir === "out") g.forEachOutEdge(uid, visit);
    else g.forEachInEdge(uid, visit);
    return out;
  };
  return {
    get: (uid) => (g.hasNode(uid) ? g.getNodeAttribute(uid, "resource") : undefined),
    outgoing: (uid, kind) => collect(uid, "out", kind),
    incoming: (uid, kind) => collect(uid, "in", kind),
    all: () => resources,
  };
}
