/**
 * GCP IAM members (`user:a@b.c`, `serviceAccount:…`, `allUsers`) and the records they point at.
 * Members are often written as references (`"serviceAccount:${google_service_account.sa.email}"`),
 * which the loader leaves unknown with `refs`; a reference to a `google_service_account` still
 * tells us the member is a service account, and which one.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import type { JoinIndex } from "../join.ts";
import { baseAddress } from "../join.ts";
import { parsePolicy } from "../../kit.ts";

export const PUBLIC_MEMBERS = new Set(["allUsers", "allAuthenticatedUsers"]);

/** The kind of one member: the text before `:`, or the special member name; unknown when it cannot be told. */
export function memberKind(member: Value): Value {
  if (typeof member === "string") {
    if (PUBLIC_MEMBERS.has(member)) return member;
    const colon = member.indexOf(":");
    return colon > 0 ? member.slice(0, colon) : unknown(`member without a kind: ${member.slice(0, 60)}`);
  }
  if (isUnknown(member)) {
    if (member.refs.some((r) => refType(r) === "google_service_account")) return "serviceAccount";
    return unknown(member.reason, member.refs);
  }
  return unknown("member is not a string");
}

/** The native type named by a reference address (`module.a.google_service_account.sa[0]` → `google_service_account`). */
function refType(ref: string): string {
  const parts = baseAddress(ref).split(".");
  return parts[parts.length - 2] ?? "";
}

/** True when some member is public, false when none is, unknown when an unknown member might be. */
export function anyPublic(members: readonly Value[]): Value {
  let undecided: Value | undefined;
  for (const m of members) {
    const kind = memberKind(m);
    if (typeof kind === "string") {
      if (PUBLIC_MEMBERS.has(kind)) return true;
    } else if (isUnknown(kind)) undecided ??= kind;
  }
  return undecided ?? false;
}

/** Members of a `member` argument or a `members` list; unknown when the list itself is. */
export function membersOf(attrs: { member?: Value; members?: Value }): Value[] | ReturnType<typeof unknown> {
  const out: Value[] = [];
  if (attrs.member !== undefined && attrs.member !== null) out.push(attrs.member);
  const list = attrs.members;
  if (isUnknown(list)) return list;
  if (Array.isArray(list)) out.push(...list);
  return out;
}

/** One role → members grant read from a policy document (`policy_data` of an `*_iam_policy`). */
export interface PolicyBinding {
  role: Value;
  members: Value;
  conditional: boolean;
  /** Where the binding is written when it comes from a `data "google_iam_policy"` block. */
  from?: { record: RawRecord; roleAttr: string; membersAttr: string };
}

/**
 * Bindings of a `policy_data` value: a JSON document (`jsonencode(...)` or a heredoc), or a
 * reference to a `data "google_iam_policy"` block in the same module. That data source is
 * computed by the provider from its own arguments, without calling an API, so its bindings are
 * known statically. Anything else is unknown.
 */
export function policyBindings(
  policyData: Value | undefined,
  index: JoinIndex,
  from: RawRecord,
): PolicyBinding[] | ReturnType<typeof unknown> {
  if (isUnknown(policyData)) return dataPolicyBindings(policyData, index, from) ?? policyData;
  const doc = parsePolicy(policyData);
  if (isUnknown(doc)) return doc;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc))
    return unknown("policy_data is not an object");
  const bindings = doc["bindings"];
  if (bindings === undefined) return [];
  if (!Array.isArray(bindings)) return unknown("policy_data bindings is not a list");
  return bindings.map((b) => {
    const o = b !== null && typeof b === "object" && !Array.isArray(b) && !isUnknown(b) ? b : {};
    return {
      role: o["role"] ?? null,
      members: o["members"] ?? [],
      conditional: o["condition"] !== undefined,
    };
  });
}

/** The `binding` blocks of the one `google_iam_policy` data block `v` refers to; undefined when it names none. */
function dataPolicyBindings(
  v: ReturnType<typeof unknown>,
  index: JoinIndex,
  from: RawRecord,
): PolicyBinding[] | ReturnType<typeof unknown> | undefined {
  const [ref, ...others] = v.refs;
  if (ref === undefined || others.length > 0) return undefined;
  const docs = index
    .ofType("google_iam_policy")
    .filter(
      (r) =>
        r.mode === "data" &&
        r.module === from.module &&
        (r.address === ref || baseAddress(r.address) === ref),
    );
  const doc = docs[0];
  if (doc === undefined) return undefined;
  // A data block with count or for_each referenced as a whole: which instance applies is not known here.
  if (docs.length > 1) return unknown(`${ref} has several instances`, v.refs);
  const blocksValue = doc.attrs["binding"];
  if (isUnknown(blocksValue)) return blocksValue;
  if (blocksValue === undefined || blocksValue === null) return [];
  if (!Array.isArray(blocksValue)) return unknown(`${doc.address} binding is not a block list`);
  return blocksValue.map((b, i) => {
    const o = b !== null && typeof b === "object" && !Array.isArray(b) && !isUnknown(b) ? b : {};
    // `members` is required in a binding; `member` is read as its alias, as on the grant resources.
    const written = o["members"] !== undefined || o["member"] !== undefined;
    const members = written ? membersOf(o) : unknown(`${doc.address} binding without members`);
    return {
      role: o["role"] ?? unknown(`${doc.address} binding without role`),
      members,
      conditional: o["condition"] !== undefined && o["condition"] !== null,
      from: {
        record: doc,
        roleAttr: `binding.${i}.role`,
        membersAttr: `binding.${i}.${o["members"] !== undefined ? "members" : "member"}`,
      },
    };
  });
}

/** Every member named by the bindings, for the public-access checks. */
export function bindingMembers(bindings: readonly PolicyBinding[]): Value[] {
  return bindings.flatMap((b) => (Array.isArray(b.members) ? b.members : [b.members]));
}

/** Resource uid of a record, as `ResourceBuilder` makes it. */
export function uidOf(record: RawRecord): string {
  return `${record.span.file}#${record.address}`;
}

/**
 * The `google_service_account` records a value refers to: by reference, or by a literal email
 * (`name@project.iam.gserviceaccount.com`, with or without the `serviceAccount:` prefix) whose
 * local part is the account's `account_id`.
 */
export function serviceAccountsOf(v: Value | undefined, from: RawRecord, index: JoinIndex): RawRecord[] {
  if (v === undefined || v === null) return [];
  const accounts = index.ofType("google_service_account").filter((r) => r.module === from.module);
  if (isUnknown(v))
    return accounts.filter((a) => v.refs.some((ref) => ref === a.address || ref === baseAddress(a.address)));
  if (typeof v !== "string") return [];
  const m = /^(?:serviceAccount:)?([^@:]+)@([^.]+)\.iam\.gserviceaccount\.com$/.exec(v);
  if (!m) return [];
  return accounts.filter((a) => {
    if (a.attrs["account_id"] !== m[1]) return false;
    const project = a.attrs["project"] ?? a.providerConfig?.project;
    return typeof project !== "string" || project === m[2];
  });
}
