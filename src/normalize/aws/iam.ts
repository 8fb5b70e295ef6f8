/** Live IAM: users (and the root user), roles, customer-managed policies, instance profiles, the password policy. */
import type { PasswordPolicy, Role, User } from "@aws-sdk/client-iam";
import type { Resource } from "../../model/resource.ts";
import type { Value, ValueMap } from "../../model/value.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { parseDocument } from "./policy.ts";
import { dataAs, field, liveResource } from "./resource.ts";

interface Attached {
  PolicyArn: string;
  PolicyName: string;
  Document: string;
}
interface Inline {
  PolicyName: string;
  Document: string;
}

/** Permission documents with where each came from, in the same order (types.ts `policy_sources`). */
function permissions(rec: LiveRecord): ValueMap {
  const inline = field<Inline[]>(rec, "InlinePolicies") ?? [];
  const attached = field<Attached[]>(rec, "AttachedPolicies") ?? [];
  const policies: Value[] = [];
  const sources: Value[] = [];
  for (const p of inline) {
    policies.push(parseDocument(p.Document));
    sources.push({ kind: "inline", name: p.PolicyName });
  }
  for (const p of attached) {
    policies.push(parseDocument(p.Document));
    sources.push({
      kind: /^arn:[^:]+:iam::aws:policy\//.test(p.PolicyArn) ? "aws_managed" : "customer",
      name: p.PolicyName,
    });
  }
  return { policies, policy_sources: sources, managed_policy_arns: attached.map((p) => p.PolicyArn) };
}

export function normalizeUser(rec: LiveRecord): Resource {
  const u = dataAs<
    User & {
      AccessKeys?: {
        AccessKeyId?: string;
        Status?: string;
        CreateDate?: Date | string;
        LastUsedDate?: Date | string | null;
      }[];
      MFADevices?: unknown[];
      CredentialReport?: Record<string, string> | null;
    }
  >(rec);
  const r = liveResource(rec, "iam_user", {
    ...permissions(rec),
    mfa_enabled: (u.MFADevices ?? []).length > 0,
    access_keys: (u.AccessKeys ?? []).filter((k) => k.Status === "Active").length,
    console_access: u.CredentialReport?.["password_enabled"] === "true",
    is_root: false,
  });
  // Key age and last use are facts about the keys, for rotation and unused-credential reviews.
  r.metadata["access_keys"] = (u.AccessKeys ?? []).map((k) => ({
    id: k.AccessKeyId ?? null,
    status: k.Status ?? null,
    created: dateText(k.CreateDate),
    last_used: dateText(k.LastUsedDate),
  }));
  return r;
}

function dateText(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  return d instanceof Date ? d.toISOString() : d;
}

export function normalizeRoot(rec: LiveRecord): Resource {
  const row = field<Record<string, string> | null>(rec, "CredentialReport");
  const active = ["access_key_1_active", "access_key_2_active"].filter((k) => row?.[k] === "true").length;
  return liveResource(rec, "iam_user", {
    mfa_enabled: row?.["mfa_active"] === "true",
    access_keys: active,
    // The root user always has a console password.
    console_access: true,
    is_root: true,
  });
}

export function normalizeRole(rec: LiveRecord): Resource {
  const role = dataAs<Role>(rec);
  return liveResource(rec, "iam_role", {
    ...permissions(rec),
    trust_policy: parseDocument(role.AssumeRolePolicyDocument),
  });
}

export function normalizeManagedPolicy(rec: LiveRecord): Resource {
  const doc = field<string>(rec, "Document");
  return liveResource(rec, "iam_policy", { policies: doc === undefined ? [] : [parseDocument(doc)] });
}

export function normalizeInstanceProfile(rec: LiveRecord): Resource {
  const roles = field<{ Arn?: string }[]>(rec, "Roles") ?? [];
  const r = liveResource(rec, "iam_instance_profile", {});
  r.links = roles.filter((x) => x.Arn).map((x) => ({ kind: "has_role", target: x.Arn! }));
  return r;
}

export function normalizePasswordPolicy(rec: LiveRecord): Resource {
  const p = field<PasswordPolicy | null>(rec, "PasswordPolicy");
  // Without a policy IAM applies its defaults: 6 characters, no reuse prevention, no expiry,
  // no character classes, users may change their own password.
  return liveResource(rec, "password_policy", {
    min_length: p?.MinimumPasswordLength ?? 6,
    reuse_prevention: p?.PasswordReusePrevention ?? null,
    max_age_days: p?.MaxPasswordAge ? p.MaxPasswordAge : null,
    require_symbols: p?.RequireSymbols === true,
    require_numbers: p?.RequireNumbers === true,
    require_uppercase: p?.RequireUppercaseCharacters === true,
    require_lowercase: p?.RequireLowercaseCharacters === true,
    allow_users_to_change: p ? p.AllowUsersToChangePassword === true : true,
  });
}
