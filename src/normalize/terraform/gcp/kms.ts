/** `google_kms_crypto_key` → `kms_key`, joined with the IAM grants on it and on its key ring. */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { baseAddress } from "../join.ts";
import { outsideTarget } from "./outside.ts";
import { anyPublic, bindingMembers, membersOf, policyBindings } from "./members.ts";

const KEY_IAM = [
  "google_kms_crypto_key_iam_member",
  "google_kms_crypto_key_iam_binding",
  "google_kms_crypto_key_iam_policy",
];
const RING_IAM = [
  "google_kms_key_ring_iam_member",
  "google_kms_key_ring_iam_binding",
  "google_kms_key_ring_iam_policy",
];

/** `"7776000s"` → 90 (days); unknown when not a duration in seconds. */
export function durationDays(v: Value): Value {
  if (isUnknown(v)) return v;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(String(v).trim());
  return m ? Number(m[1]) / 86400 : unknown(`not a duration: ${String(v).slice(0, 20)}`);
}

function grantPublic(g: RawRecord, ctx: NormalizeContext): Value {
  if (g.native_type.endsWith("_iam_policy")) {
    const bindings = policyBindings(g.attrs["policy_data"], ctx.index, g);
    if (isUnknown(bindings)) return bindings;
    return anyPublic(bindingMembers(bindings));
  }
  const m = membersOf(g.attrs);
  return isUnknown(m) ? m : anyPublic(m);
}

/** Grants whose `via` attribute refers to the same thing as `target` (by reference or literal). */
function sameTarget(
  ctx: NormalizeContext,
  from: RawRecord,
  types: string[],
  via: string,
  target: Value | undefined,
): RawRecord[] {
  if (target === undefined || target === null) return [];
  return types
    .flatMap((t) => ctx.index.ofType(t))
    .filter((g) => {
      if (g.module !== from.module) return false;
      const v = g.attrs[via];
      if (isUnknown(target) && isUnknown(v)) {
        const refs = new Set(target.refs.map(baseAddress));
        return v.refs.some((r) => refs.has(baseAddress(r)));
      }
      return typeof v === "string" && v === target;
    });
}

function normalizeKey(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "kms_key" });
  // Without rotation_period the key is never rotated automatically.
  const period = record.attrs["rotation_period"];
  if (period === undefined || period === null || period === "") {
    b.set("rotation_enabled", false);
    b.set("rotation_period_days", null);
  } else {
    b.set("rotation_enabled", isUnknown(period) ? period : true, { attr: "rotation_period" });
    b.set("rotation_period_days", durationDays(period), { attr: "rotation_period" });
  }
  // Purpose defaults to ENCRYPT_DECRYPT, the only symmetric kind and the only one Cloud KMS rotates.
  b.fromAttr("symmetric", "purpose", true, (v) => (isUnknown(v) ? v : v === "ENCRYPT_DECRYPT"));
  const grants = [
    ...ctx.index.companions(record, KEY_IAM[0]!, "crypto_key_id", ["id"]),
    ...ctx.index.companions(record, KEY_IAM[1]!, "crypto_key_id", ["id"]),
    ...ctx.index.companions(record, KEY_IAM[2]!, "crypto_key_id", ["id"]),
    ...sameTarget(ctx, record, RING_IAM, "key_ring_id", record.attrs["key_ring"]),
  ];
  for (const g of grants) b.join(g);
  setPublicPolicy(b, grants, ctx);
  return b.build();
}

/** `public_policy`: the first grant to allUsers or allAuthenticatedUsers, else the first undecided one. */
function setPublicPolicy(b: ResourceBuilder, grants: RawRecord[], ctx: NormalizeContext): void {
  const decided = grants.map((g) => ({ g, v: grantPublic(g, ctx) }));
  const hit = decided.find((d) => d.v === true) ?? decided.find((d) => isUnknown(d.v));
  const attrOf = (g: RawRecord) =>
    g.attrs["member"] !== undefined ? "member" : g.attrs["members"] !== undefined ? "members" : "policy_data";
  b.set("public_policy", hit ? hit.v : false, hit ? { record: hit.g, attr: attrOf(hit.g) } : undefined);
}

/** Grants on a key this configuration does not declare: a key resource whose own settings are unknown. */
function normalizeOrphanKeyGrant(record: RawRecord, ctx: NormalizeContext) {
  const outside = outsideTarget(record, ctx.index, {
    via: "crypto_key_id",
    primaryType: "google_kms_crypto_key",
    nameAttrs: ["id"],
    grantTypes: KEY_IAM,
  });
  if (outside === null) return null;
  const b = new ResourceBuilder(record, { provider: "gcp", type: "kms_key", name: outside.name });
  for (const g of outside.grants.slice(1)) b.join(g);
  const unset = unknown("the key is not declared in this configuration");
  b.set("rotation_enabled", unset);
  b.set("rotation_period_days", unset);
  b.set("symmetric", unset);
  setPublicPolicy(b, outside.grants, ctx);
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_kms_crypto_key"], companions: RING_IAM, normalize: normalizeKey },
  { native_types: KEY_IAM, normalize: normalizeOrphanKeyGrant },
];
