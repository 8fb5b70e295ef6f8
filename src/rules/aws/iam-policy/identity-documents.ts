/** Reading the permission documents a normalized identity or policy resource carries. */
import type { Resource } from "../../../model/resource.ts";
import { isUnknown } from "../../../model/value.ts";
import { readPolicy, type PolicyDocument } from "./document.ts";

export interface IdentityDocuments {
  /** Readable documents with their index in `config.policies` (the failure path `policies.<i>`). */
  docs: { doc: PolicyDocument; index: number }[];
  /** Why some document could not be read; a rule that found nothing then reports unknown. */
  unknown?: string;
}

/** Undefined when the resource carries no `policies`; `{unknown}` alone when the list itself is unknown. */
export function identityDocuments(resource: Resource): IdentityDocuments | undefined {
  const list = resource.config["policies"];
  if (list === undefined) return undefined;
  if (isUnknown(list)) return { docs: [], unknown: list.reason };
  if (!Array.isArray(list)) return { docs: [], unknown: "policies is not a list" };
  const out: IdentityDocuments = { docs: [] };
  list.forEach((p, index) => {
    const r = readPolicy(p);
    if (r.ok) out.docs.push({ doc: r.doc, index });
    else out.unknown ??= r.reason;
  });
  return out;
}
