/**
 * The CEL environment custom rules are compiled in. Besides the standard library (macros
 * `all`, `exists`, `filter`, `map`, optional fields `.?key` / `.orValue()`), a condition has:
 *
 *   resource                 the resource (or joined block) judged: uid, type, native_type,
 *                            name, address, provider, project, region, tags, config, metadata,
 *                            raw, source, parts, related[{kind, direction, resource}]; for a
 *                            joined block also `primary`, the resource it is joined into
 *   refs(resource, "path")   the scanned resources that the raw attribute at `path` references
 *                            (`refs(resource, "subnet_ids")` → the subnets of a DB subnet group)
 */
import { Environment } from "@marcbachmann/cel-js";
import type { Value } from "../../model/value.ts";
import { Unknown, getPath, isValueMap } from "../../model/value.ts";
import type { Resource } from "../../model/resource.ts";
import { referenceIndex } from "../references.ts";
import { UnknownMarker, subjectView, viewedSubject } from "./view.ts";

export function createEnvironment(): Environment {
  return new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false })
    .registerType("unknown", { ctor: UnknownMarker, fields: {} })
    .registerVariable("resource", "map<string, dyn>")
    .registerFunction("refs(map<string, dyn>, string): list<dyn>", (view: object, path: string) =>
      refsOf(view, path),
    );
}

/**
 * Reads the raw attribute without going through the view: a reference is an unknown value
 * by nature, and resolving it is not reading it. What does not resolve (a literal id of a
 * resource outside the scan, an unknown without references) makes the condition unknown.
 */
function refsOf(view: object, path: string): object[] {
  const seen = viewedSubject(view);
  if (!seen) throw new Error("refs(): the first argument must be resource or a resource from refs()/related");
  const { subject, session } = seen;
  const raw = subject.part ? subject.part.raw : subject.resource.raw;
  const value = getPath(raw, path);
  const index = referenceIndex(session.graph);
  const out: Resource[] = [];
  const visit = (v: Value | undefined): void => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) return v.forEach(visit);
    if (isValueMap(v)) return Object.values(v).forEach(visit);
    const refs = v instanceof Unknown ? v.refs : [String(v)];
    const found = refs.flatMap((ref) =>
      index.resolve(
        subject.resource,
        subject.part?.address ?? subject.resource.source.address,
        subject.part?.span?.file,
        ref,
      ),
    );
    if (found.length === 0) {
      session.unknownReads.add(
        v instanceof Unknown ? v.reason : `${path}: ${String(v)} is not a resource of this scan`,
      );
    }
    for (const r of found) if (!out.includes(r)) out.push(r);
  };
  visit(value);
  return out.map((r) => subjectView({ resource: r }, session));
}
