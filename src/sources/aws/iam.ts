/**
 * IAM (global): users with access keys, key last use, MFA devices, inline and attached
 * policies; roles with trust policies and permissions; customer-managed policies; instance
 * profiles; the password policy; and the credential report (root user, key ages).
 * Managed policy documents are fetched once per policy and shared by everyone attached.
 */
import {
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  paginateListAccessKeys,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListInstanceProfiles,
  paginateListMFADevices,
  paginateListPolicies,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUsers,
  type AttachedPolicy,
} from "@aws-sdk/client-iam";
import { allPages, gapFor, type CollectContext, type Collector } from "./collector.ts";
import { liveRecord, tagMap, type LiveRecord } from "./record.ts";

export const USER = "AWS::IAM::User";
export const ROLE = "AWS::IAM::Role";
export const POLICY = "AWS::IAM::ManagedPolicy";
export const INSTANCE_PROFILE = "AWS::IAM::InstanceProfile";
export const PASSWORD_POLICY = "AWS::IAM::AccountPasswordPolicy";
export const ROOT = "AWS::IAM::RootUser";

const PERMISSIONS = { [USER]: ["policies"], [ROLE]: ["policies"] };

export const iam: Collector = {
  service: "iam",
  global: true,
  calls: {
    ListUsers: { action: "iam:ListUsers" },
    ListRoles: { action: "iam:ListRoles" },
    ListPolicies: { action: "iam:ListPolicies" },
    ListInstanceProfiles: { action: "iam:ListInstanceProfiles" },
    ListAccessKeys: { action: "iam:ListAccessKeys", feeds: { [USER]: ["access_keys"] } },
    GetAccessKeyLastUsed: { action: "iam:GetAccessKeyLastUsed", feeds: { [USER]: ["access_keys"] } },
    ListMFADevices: { action: "iam:ListMFADevices", feeds: { [USER]: ["mfa_enabled"] } },
    ListUserPolicies: { action: "iam:ListUserPolicies", feeds: PERMISSIONS },
    GetUserPolicy: { action: "iam:GetUserPolicy", feeds: PERMISSIONS },
    ListAttachedUserPolicies: { action: "iam:ListAttachedUserPolicies", feeds: PERMISSIONS },
    ListRolePolicies: { action: "iam:ListRolePolicies", feeds: PERMISSIONS },
    GetRolePolicy: { action: "iam:GetRolePolicy", feeds: PERMISSIONS },
    ListAttachedRolePolicies: { action: "iam:ListAttachedRolePolicies", feeds: PERMISSIONS },
    GetPolicy: { action: "iam:GetPolicy", feeds: { ...PERMISSIONS } },
    GetPolicyVersion: {
      action: "iam:GetPolicyVersion",
      feeds: { ...PERMISSIONS, [POLICY]: ["policies"] },
    },
    GetAccountPasswordPolicy: {
      action: "iam:GetAccountPasswordPolicy",
      feeds: { [PASSWORD_POLICY]: ["password_policy"] },
    },
    GenerateCredentialReport: {
      action: "iam:GenerateCredentialReport",
      feeds: { [ROOT]: ["mfa_enabled", "access_keys"], [USER]: ["console_access"] },
    },
    GetCredentialReport: {
      action: "iam:GetCredentialReport",
      feeds: { [ROOT]: ["mfa_enabled", "access_keys"], [USER]: ["console_access"] },
    },
  },

  async collect(ctx) {
    const client = ctx.client(IAMClient);
    const documents = new Map<string, Promise<{ ok: boolean; doc?: string; error?: string }>>();
    // One fetch per managed policy, shared by every identity attached to it.
    const managedDocument = (arn: string, version: string | undefined) => {
      let p = documents.get(arn);
      if (!p) {
        p = (async () => {
          const v = version ?? (await defaultVersion(ctx, client, arn));
          if (!v) return { ok: false, error: "no default version" };
          const out = await ctx.call("GetPolicyVersion", () =>
            client.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: v })),
          );
          return out.ok
            ? { ok: true, doc: out.value?.PolicyVersion?.Document ?? "" }
            : { ok: false, error: out.error };
        })();
        documents.set(arn, p);
      }
      return p;
    };
    const withAttached = async (r: LiveRecord, attached: AttachedPolicy[]) => {
      const docs: { PolicyArn: string; PolicyName: string; Document: string }[] = [];
      for (const a of attached) {
        if (!a.PolicyArn) continue;
        const d = await managedDocument(a.PolicyArn, undefined);
        if (d.ok)
          docs.push({ PolicyArn: a.PolicyArn, PolicyName: a.PolicyName ?? "", Document: d.doc ?? "" });
        else r.gaps.push(gapFor(iam, "GetPolicyVersion", r.native_type, d.error ?? "failed"));
      }
      r.data["AttachedPolicies"] = docs;
    };

    const [users, roles, policies, profiles, passwordPolicy, report] = await Promise.all([
      ctx.call("ListUsers", () => allPages(paginateListUsers({ client }, {}), (p) => p.Users)),
      ctx.call("ListRoles", () => allPages(paginateListRoles({ client }, {}), (p) => p.Roles)),
      ctx.call("ListPolicies", () =>
        allPages(
          paginateListPolicies({ client }, { Scope: "Local", OnlyAttached: false }),
          (p) => p.Policies,
        ),
      ),
      ctx.call("ListInstanceProfiles", () =>
        allPages(paginateListInstanceProfiles({ client }, {}), (p) => p.InstanceProfiles),
      ),
      ctx.call("GetAccountPasswordPolicy", () => client.send(new GetAccountPasswordPolicyCommand({})), {
        absent: ["NoSuchEntity", "NoSuchEntityException"],
      }),
      credentialReport(ctx, client),
    ]);
    const global = (
      native_type: string,
      arn: string,
      name: string,
      data: object,
      tags?: { Key?: string; Value?: string }[],
    ) =>
      liveRecord({
        native_type,
        arn,
        name,
        account: ctx.account,
        region: "global",
        data: data as Record<string, unknown>,
        tags: tagMap(tags),
      });

    const pp = global(
      PASSWORD_POLICY,
      `arn:${ctx.partition}:iam::${ctx.account}:account-password-policy`,
      `${ctx.account} password policy`,
      {
        PasswordPolicy: passwordPolicy.ok ? (passwordPolicy.value?.PasswordPolicy ?? null) : null,
      },
    );
    if (!passwordPolicy.ok)
      pp.gaps.push(gapFor(iam, "GetAccountPasswordPolicy", PASSWORD_POLICY, passwordPolicy.error));
    ctx.emit(pp);

    const reportRows = report.ok ? report.rows : [];
    const root = global(ROOT, `arn:${ctx.partition}:iam::${ctx.account}:root`, "root", {
      CredentialReport: reportRows.find((r) => r["user"] === "<root_account>") ?? null,
    });
    if (!report.ok)
      root.gaps.push({ action: report.action, message: report.error, paths: ["mfa_enabled", "access_keys"] });
    ctx.emit(root);

    await Promise.all([
      ...(users.ok ? (users.value ?? []) : []).map(async (u) => {
        if (!u.UserName || !u.Arn) return;
        const UserName = u.UserName;
        const r = global(
          USER,
          u.Arn,
          UserName,
          { ...u, CredentialReport: reportRows.find((x) => x["user"] === UserName) ?? null },
          u.Tags,
        );
        if (!report.ok)
          r.gaps.push({ action: report.action, message: report.error, paths: ["console_access"] });
        const opts = { record: r };
        const [keys, mfa, inline, attached] = await Promise.all([
          ctx.call(
            "ListAccessKeys",
            () => allPages(paginateListAccessKeys({ client }, { UserName }), (p) => p.AccessKeyMetadata),
            opts,
          ),
          ctx.call(
            "ListMFADevices",
            () => allPages(paginateListMFADevices({ client }, { UserName }), (p) => p.MFADevices),
            opts,
          ),
          ctx.call(
            "ListUserPolicies",
            () => allPages(paginateListUserPolicies({ client }, { UserName }), (p) => p.PolicyNames),
            opts,
          ),
          ctx.call(
            "ListAttachedUserPolicies",
            () =>
              allPages(paginateListAttachedUserPolicies({ client }, { UserName }), (p) => p.AttachedPolicies),
            opts,
          ),
        ]);
        if (keys.ok) {
          r.data["AccessKeys"] = await Promise.all(
            (keys.value ?? []).map(async (k) => {
              const used = await ctx.call(
                "GetAccessKeyLastUsed",
                () => client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: k.AccessKeyId })),
                opts,
              );
              return {
                ...k,
                LastUsedDate: used.ok ? (used.value?.AccessKeyLastUsed?.LastUsedDate ?? null) : null,
              };
            }),
          );
        }
        if (mfa.ok) r.data["MFADevices"] = mfa.value ?? [];
        if (inline.ok) {
          r.data["InlinePolicies"] = await inlineDocuments(inline.value ?? [], async (PolicyName) => {
            const d = await ctx.call(
              "GetUserPolicy",
              () => client.send(new GetUserPolicyCommand({ UserName, PolicyName })),
              opts,
            );
            return d.ok ? d.value?.PolicyDocument : undefined;
          });
        }
        if (attached.ok) await withAttached(r, attached.value ?? []);
        ctx.emit(r);
      }),
      ...(roles.ok ? (roles.value ?? []) : []).map(async (role) => {
        if (!role.RoleName || !role.Arn) return;
        const RoleName = role.RoleName;
        const r = global(ROLE, role.Arn, RoleName, role, role.Tags);
        const opts = { record: r };
        const [inline, attached] = await Promise.all([
          ctx.call(
            "ListRolePolicies",
            () => allPages(paginateListRolePolicies({ client }, { RoleName }), (p) => p.PolicyNames),
            opts,
          ),
          ctx.call(
            "ListAttachedRolePolicies",
            () =>
              allPages(paginateListAttachedRolePolicies({ client }, { RoleName }), (p) => p.AttachedPolicies),
            opts,
          ),
        ]);
        if (inline.ok) {
          r.data["InlinePolicies"] = await inlineDocuments(inline.value ?? [], async (PolicyName) => {
            const d = await ctx.call(
              "GetRolePolicy",
              () => client.send(new GetRolePolicyCommand({ RoleName, PolicyName })),
              opts,
            );
            return d.ok ? d.value?.PolicyDocument : undefined;
          });
        }
        if (attached.ok) await withAttached(r, attached.value ?? []);
        ctx.emit(r);
      }),
      ...(policies.ok ? (policies.value ?? []) : []).map(async (p) => {
        if (!p.Arn || !p.PolicyName) return;
        const r = global(POLICY, p.Arn, p.PolicyName, p, p.Tags);
        const d = await managedDocument(p.Arn, p.DefaultVersionId);
        if (d.ok) r.data["Document"] = d.doc ?? null;
        else r.gaps.push(gapFor(iam, "GetPolicyVersion", POLICY, d.error ?? "failed"));
        ctx.emit(r);
      }),
    ]);
    for (const p of profiles.ok ? (profiles.value ?? []) : []) {
      if (p.Arn && p.InstanceProfileName)
        ctx.emit(global(INSTANCE_PROFILE, p.Arn, p.InstanceProfileName, p, p.Tags));
    }
  },
};

async function inlineDocuments(
  names: string[],
  get: (name: string) => Promise<string | undefined>,
): Promise<{ PolicyName: string; Document: string }[]> {
  const out: { PolicyName: string; Document: string }[] = [];
  for (const PolicyName of names) {
    const doc = await get(PolicyName);
    if (doc !== undefined) out.push({ PolicyName, Document: doc });
  }
  return out;
}

async function defaultVersion(
  ctx: CollectContext,
  client: IAMClient,
  arn: string,
): Promise<string | undefined> {
  // Attached policies come without their version: read it from the policy's metadata.
  const out = await ctx.call("GetPolicy", () => client.send(new GetPolicyCommand({ PolicyArn: arn })));
  return out.ok ? out.value?.Policy?.DefaultVersionId : undefined;
}

type ReportOutcome =
  { ok: true; rows: Record<string, string>[] } | { ok: false; action: string; error: string };

/** The credential report: generation is asynchronous, so it is polled for a bounded time. */
async function credentialReport(ctx: CollectContext, client: IAMClient): Promise<ReportOutcome> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const gen = await ctx.call("GenerateCredentialReport", () =>
      client.send(new GenerateCredentialReportCommand({})),
    );
    if (!gen.ok) return { ok: false, action: "iam:GenerateCredentialReport", error: gen.error };
    if (gen.value?.State === "COMPLETE") break;
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
  const got = await ctx.call("GetCredentialReport", () => client.send(new GetCredentialReportCommand({})));
  if (!got.ok) return { ok: false, action: "iam:GetCredentialReport", error: got.error };
  const text = new TextDecoder().decode(got.value?.Content ?? new Uint8Array());
  return { ok: true, rows: parseCsv(text) };
}

/** The report's CSV has a header row and no quoted fields. */
export function parseCsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0]?.split(",") ?? [];
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}
