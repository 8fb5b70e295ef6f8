/**
 * GCP IAM: service accounts and their keys, grants at project / folder / organization /
 * service-account level (→ `iam_binding`, one resource per role), and audit configs (→ `audit_log`).
 * Grants link to the service accounts they name (`grants`), so that a GKE node pool running as an
 * account (`runs_as`) and the owner role granted to that account form one chain in the graph.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { block, blocks, ResourceBuilder } from "../../kit.ts";
import { baseAddress } from "../join.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { memberKind, membersOf, policyBindings, serviceAccountsOf, uidOf } from "./members.ts";

const SCOPES: Record<string, string> = {
  google_project_iam_member: "project",
  google_project_iam_binding: "project",
  google_project_iam_policy: "project",
  google_folder_iam_member: "folder",
  google_folder_iam_binding: "folder",
  google_folder_iam_policy: "folder",
  google_organization_iam_member: "organization",
  google_organization_iam_binding: "organization",
  google_organization_iam_policy: "organization",
  google_service_account_iam_member: "service_account",
  google_service_account_iam_binding: "service_account",
  google_service_account_iam_policy: "service_account",
};

function binding(
  record: RawRecord,
  ctx: NormalizeContext,
  opts: {
    uidSuffix?: string;
    role: Value;
    members: Value;
    conditional: boolean;
    roleAttr: string;
    membersAttr: string;
    /** The record the role and members are written in, when not `record` (a data policy document). */
    writtenIn?: RawRecord;
  },
) {
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "iam_binding",
    name: typeof opts.role === "string" ? `${record.name} (${opts.role})` : record.name,
  });
  if (opts.uidSuffix) b.resource.uid += opts.uidSuffix;
  b.set("scope", SCOPES[record.native_type] ?? "project");
  const at = (attr: string) => (opts.writtenIn ? { record: opts.writtenIn, attr } : { attr });
  if (opts.writtenIn) b.join(opts.writtenIn);
  b.set("roles", isUnknown(opts.role) ? opts.role : [opts.role], at(opts.roleAttr));
  const members = opts.members;
  if (isUnknown(members)) {
    b.set("members", members, at(opts.membersAttr));
    b.set("member_kinds", members, at(opts.membersAttr));
  } else {
    const list = Array.isArray(members) ? members : [members];
    b.set("members", list, at(opts.membersAttr));
    b.set("member_kinds", list.map(memberKind), at(opts.membersAttr));
    const linked = new Set<string>();
    for (const m of list) {
      for (const sa of serviceAccountsOf(m, record, ctx.index)) {
        if (!linked.has(uidOf(sa))) b.link("grants", uidOf(sa));
        linked.add(uidOf(sa));
      }
    }
  }
  b.set("conditional", opts.conditional, opts.conditional ? { attr: "condition" } : undefined);
  return b.build();
}

function normalizeGrant(record: RawRecord, ctx: NormalizeContext) {
  if (record.native_type.endsWith("_iam_policy")) {
    const bindings = policyBindings(record.attrs["policy_data"], ctx.index, record);
    if (isUnknown(bindings))
      return binding(record, ctx, {
        role: bindings,
        members: bindings,
        conditional: false,
        roleAttr: "policy_data",
        membersAttr: "policy_data",
      });
    return bindings.map((bd, i) =>
      binding(record, ctx, {
        uidSuffix: `/bindings/${i}`,
        role: bd.role,
        members: bd.members,
        conditional: bd.conditional,
        roleAttr: bd.from?.roleAttr ?? "policy_data",
        membersAttr: bd.from?.membersAttr ?? "policy_data",
        ...(bd.from ? { writtenIn: bd.from.record } : {}),
      }),
    );
  }
  const members = membersOf(record.attrs);
  return binding(record, ctx, {
    role: record.attrs["role"] ?? unknown("role is missing"),
    members,
    conditional: block(record.attrs, "condition") !== undefined,
    roleAttr: "role",
    membersAttr: record.attrs["member"] !== undefined ? "member" : "members",
  });
}

function normalizeServiceAccount(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "service_account" });
  // User-managed keys declared for this account (`access_keys`, as for an AWS IAM user).
  const keys = ctx.index.companions(record, "google_service_account_key", "service_account_id", [
    "name",
    "email",
    "unique_id",
  ]);
  b.set("access_keys", keys.length, keys[0] ? { record: keys[0] } : undefined);
  const id = record.attrs["account_id"];
  const project = record.attrs["project"] ?? record.providerConfig?.project;
  b.set(
    "email",
    typeof id === "string" && typeof project === "string"
      ? `${id}@${project}.iam.gserviceaccount.com`
      : unknown("the project of the service account is not known"),
    { attr: "account_id" },
  );
  return b.build();
}

function normalizeServiceAccountKey(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "service_account_key" });
  // Every key created through the API is user-managed: Google neither rotates nor expires it by default.
  b.set("user_managed", true, { attr: "service_account_id" });
  const owners = serviceAccountsOf(record.attrs["service_account_id"], record, ctx.index);
  const target = record.attrs["service_account_id"];
  if (isUnknown(target))
    for (const r of ctx.index.ofType("google_service_account"))
      if (
        r.module === record.module &&
        target.refs.some((ref) => baseAddress(ref) === baseAddress(r.address))
      )
        owners.push(r);
  for (const sa of owners) b.link("belongs_to", uidOf(sa));
  return b.build();
}

function normalizeAuditConfig(record: RawRecord) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "audit_log" });
  const configs = blocks(record.attrs, "audit_log_config");
  // Admin Activity audit logs are always written and global (they cannot be turned off); this
  // resource adds Data Access logs, which gcp-logging-audit-config-covers-all-services judges.
  b.set("enabled", true);
  b.set("multi_region", true);
  b.set("management_events", true);
  b.fromAttr("all_services", "service", false, (v) => (isUnknown(v) ? v : v === "allServices"));
  const types: Value[] = [];
  const exempted: Value[] = [];
  let undecided: Value | undefined;
  for (const c of configs) {
    const t = c["log_type"];
    if (isUnknown(t)) undecided ??= t;
    else if (typeof t === "string") types.push(t);
    const ex = c["exempted_members"];
    if (isUnknown(ex)) undecided ??= ex;
    else if (Array.isArray(ex)) exempted.push(...ex);
  }
  b.set("log_types", undecided ?? types, { attr: "audit_log_config" });
  b.set("exempted_members", undecided ?? exempted, { attr: "audit_log_config" });
  configs.forEach((c, i) => {
    if (c["exempted_members"] !== undefined)
      b.set("exempted_members", undecided ?? exempted, { attr: `audit_log_config.${i}.exempted_members` });
  });
  return b.build();
}

export const normalizers: Normalizer[] = [
  { native_types: Object.keys(SCOPES), normalize: normalizeGrant },
  { native_types: ["google_service_account"], normalize: normalizeServiceAccount },
  { native_types: ["google_service_account_key"], normalize: normalizeServiceAccountKey },
  {
    native_types: [
      "google_project_iam_audit_config",
      "google_folder_iam_audit_config",
      "google_organization_iam_audit_config",
    ],
    normalize: normalizeAuditConfig,
  },
];
