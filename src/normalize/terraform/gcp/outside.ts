/**
 * Grants on something this configuration does not declare (a bucket or key managed elsewhere, or
 * named through a variable without a value) are still real grants: they become a resource of their
 * own, so that a grant to `allUsers` is judged even when its target is not in the scanned files.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, type Value } from "../../../model/value.ts";
import { baseAddress, type JoinIndex } from "../join.ts";

export interface OutsideTarget {
  /** How the target is named in messages: the address or literal name it is given by. */
  name: string;
  /** Every grant on that same target, `record` first. */
  grants: RawRecord[];
}

/** The addresses or literal names a target attribute identifies its target by. */
function keysOf(v: Value | undefined): string[] {
  if (isUnknown(v)) return v.refs.map(baseAddress);
  return typeof v === "string" && v !== "" ? [v] : [];
}

/**
 * The undeclared target of grant `record`, when `record` is the first grant on it (the one that
 * stands for the target); null when the target is declared (its normalizer joins the grant) or
 * when another grant stands for it.
 *
 * `via` is the grant's target attribute (`bucket`, `crypto_key_id`), `primaryType` the target's
 * native type and `nameAttrs` the target attributes a literal may name it by.
 */
export function outsideTarget(
  record: RawRecord,
  index: JoinIndex,
  opts: { via: string; primaryType: string; nameAttrs: readonly string[]; grantTypes: readonly string[] },
): OutsideTarget | null {
  const target = record.attrs[opts.via];
  if (target === undefined || target === null) return null;
  // An unknown without references (a variable without a value, or a reference Terraform would reject
  // as undeclared) cannot be told apart from other targets: the grant stands alone.
  if (isUnknown(target) && target.refs.length === 0) return { name: record.address, grants: [record] };
  const keys = keysOf(target);
  if (keys.length === 0) return null;
  const declared = index.ofType(opts.primaryType).some(
    (p) =>
      p.module === record.module &&
      (keys.includes(baseAddress(p.address)) ||
        opts.nameAttrs.some((a) => {
          const name = p.attrs[a];
          return typeof name === "string" && keys.includes(name);
        })),
  );
  if (declared) return null;
  const grants = opts.grantTypes
    .flatMap((t) => index.ofType(t))
    .filter((g) => g.module === record.module && keysOf(g.attrs[opts.via]).some((k) => keys.includes(k)));
  if (grants[0] !== record) return null;
  return { name: keys[0] ?? record.address, grants };
}
