/**
 * Resolving what a custom policy points at: a Terraform reference (`aws_subnet.private_a`,
 * carried in an unknown value's `refs`), a resource address, or a uid, to the scanned
 * resources it names. Blocks joined into a primary  (an `aws_s3_bucket_versioning`) resolve to
 * the primary. References are scoped like Terraform's: within the module instance (address
 * prefix) and directory of the resource that holds them.
 */
import { dirname } from "node:path";
import type { Resource } from "../model/resource.ts";
import type { ResourceGraph } from "../engine/graph.ts";
import { baseAddress } from "../normalize/terraform/join.ts";

export interface Neighbour {
  kind: string;
  direction: "out" | "in";
  resource: Resource;
}

const MODULE_PREFIX = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)/;

/** `module.net.aws_vpc.main` → `module.net.`; root-module addresses give "". */
export function modulePrefix(address: string): string {
  return MODULE_PREFIX.exec(address)?.[1] ?? "";
}

export class ReferenceIndex {
  private readonly byKey = new Map<string, Resource[]>();
  private readonly byUid = new Map<string, Resource>();
  private readonly incoming = new Map<string, { kind: string; from: Resource }[]>();

  constructor(resources: readonly Resource[]) {
    for (const r of resources) {
      this.byUid.set(r.uid, r);
      const dir = r.source.file !== undefined ? dirname(r.source.file) : "";
      if (r.source.address !== undefined) this.add(dir, r.source.address, r);
      for (const p of r.parts ?? []) this.add(p.span ? dirname(p.span.file) : dir, p.address, r);
      for (const l of r.links ?? []) {
        const list = this.incoming.get(l.target);
        if (list) list.push({ kind: l.kind, from: r });
        else this.incoming.set(l.target, [{ kind: l.kind, from: r }]);
      }
    }
  }

  private add(dir: string, address: string, r: Resource): void {
    for (const a of new Set([address, baseAddress(address)])) {
      const key = `${dir}\u0000${a}`;
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [r]);
      else if (!list.includes(r)) list.push(r);
    }
  }

  /**
   * The resources `ref` names as seen from `from` (the resource, or a joined block of it, at
   * `fromAddress`): a uid, else an address in the same module instance, else a root address.
   */
  resolve(
    from: Resource,
    fromAddress: string | undefined,
    fromFile: string | undefined,
    ref: string,
  ): Resource[] {
    const byUid = this.byUid.get(ref);
    if (byUid) return [byUid];
    const file = fromFile ?? from.source.file;
    if (file === undefined) return [];
    const dir = dirname(file);
    const candidates = [`${modulePrefix(fromAddress ?? from.source.address ?? "")}${ref}`, ref];
    for (const c of candidates) {
      const found = this.byKey.get(`${dir}\u0000${c}`);
      if (found) return found;
    }
    return [];
  }

  neighbours(r: Resource, graph: ResourceGraph): Neighbour[] {
    const out: Neighbour[] = [];
    for (const l of r.links ?? []) {
      const target = graph.get(l.target);
      if (target) out.push({ kind: l.kind, direction: "out", resource: target });
    }
    for (const i of this.incoming.get(r.uid) ?? [])
      out.push({ kind: i.kind, direction: "in", resource: i.from });
    return out;
  }
}

const cache = new WeakMap<ResourceGraph, ReferenceIndex>();

/** One index per scan graph, built on first use. */
export function referenceIndex(graph: ResourceGraph): ReferenceIndex {
  let idx = cache.get(graph);
  if (!idx) {
    idx = new ReferenceIndex(graph.all());
    cache.set(graph, idx);
  }
  return idx;
}
