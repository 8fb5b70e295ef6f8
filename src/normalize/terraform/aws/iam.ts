/**
 * IAM roles, users, groups and customer managed policies. The permission documents of an
 * identity are gathered from everywhere Terraform can attach them: `inline_policy` blocks,
 * `aws_iam_{role,user,group}_policy`, `_policy_attachment`, `aws_iam_policy_attachment`, and
 * `managed_policy_arns`. Attached customer policies defined in the same module are resolved to
 * their documents; the AWS managed policies that grant administration are known by name.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { policyValue } from "./policy-documents.ts";
import { referenced } from "./references.ts";

/**
 * AWS managed policies whose grant matters to the rules, as documents. Others are recorded by ARN
 * in `managed_policy_arns` only: they grant service-scoped permissions, not administration.
 */
const AWS_MANAGED: Record<string, Value> = {
  AdministratorAccess: { Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
  IAMFullAccess: { Statement: [{ Effect: "Allow", Action: ["iam:*", "organizations:*"], Resource: "*" }] },
  PowerUserAccess: {
    Statement: [
      { Effect: "Allow", NotAction: ["iam:*", "organizations:*", "account:*"], Resource: "*" },
      {
        Effect: "Allow",
        Action: ["iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:ListRoles"],
        Resource: "*",
      },
    ],
  },
};

type Kind = "role" | "user" | "group";

const SPEC: Record<Kind, { type: string; inline: string; attach: string; via: string; listVia: string }> = {
  role: {
    type: "iam_role",
    inline: "aws_iam_role_policy",
    attach: "aws_iam_role_policy_attachment",
    via: "role",
    listVia: "roles",
  },
  user: {
    type: "iam_user",
    inline: "aws_iam_user_policy",
    attach: "aws_iam_user_policy_attachment",
    via: "user",
    listVia: "users",
  },
  group: {
    type: "iam_group",
    inline: "aws_iam_group_policy",
    attach: "aws_iam_group_policy_attachment",
    via: "group",
    listVia: "groups",
  },
};

const PRIMARY: Record<string, Kind> = { aws_iam_role: "role", aws_iam_user: "user", aws_iam_group: "group" };

function awsManagedName(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
}

function normalizeIdentity(kind: Kind) {
  return (record: RawRecord, ctx: NormalizeContext): Resource => {
    const spec = SPEC[kind];
    const b = new ResourceBuilder(record, { provider: "aws", type: spec.type });
    const policies: Value[] = [];
    const sources: Array<{ kind: "inline" | "customer" | "aws_managed"; name: string }> = [];
    const arns: Value[] = [];
    const add = (
      doc: Value,
      source: (typeof sources)[number],
      from: { record?: RawRecord; attr?: string },
    ) => {
      b.set(`policies.${policies.length}`, doc, from);
      policies.push(doc);
      sources.push(source);
    };
    const attachArn = (arn: Value | undefined, from: { record?: RawRecord; attr?: string }) => {
      if (arn === undefined || arn === null) return;
      arns.push(arn);
      if (isUnknown(arn)) {
        const target = referenced(ctx.index, record, arn, ["aws_iam_policy"])[0];
        if (target)
          add(policyValue(target.attrs["policy"], ctx), { kind: "customer", name: target.address }, from);
        else add(arn, { kind: "customer", name: "unresolved policy ARN" }, from);
        return;
      }
      if (typeof arn !== "string") return;
      const managed = awsManagedName(arn);
      if (managed) {
        const doc = AWS_MANAGED[managed];
        if (doc) add(doc, { kind: "aws_managed", name: managed }, from);
        return;
      }
      const byName = ctx.index
        .ofType("aws_iam_policy")
        .find((p) => p.module === record.module && p.attrs["arn"] === arn);
      add(
        byName ? policyValue(byName.attrs["policy"], ctx) : unknown(`policy ${arn} is not defined here`),
        { kind: "customer", name: arn },
        from,
      );
    };

    if (kind === "role")
      b.set("trust_policy", policyValue(record.attrs["assume_role_policy"], ctx), {
        attr: "assume_role_policy",
      });
    blocks(record.attrs, "inline_policy").forEach((p, i) => {
      if (p["policy"] === undefined || p["policy"] === null) return;
      add(
        policyValue(p["policy"], ctx),
        { kind: "inline", name: String(p["name"] ?? `inline_policy ${i}`) },
        { attr: `inline_policy.${i}.policy` },
      );
    });
    const managed = record.attrs["managed_policy_arns"];
    if (isUnknown(managed)) arns.push(managed);
    else if (Array.isArray(managed))
      managed.forEach((arn, i) => attachArn(arn, { attr: `managed_policy_arns.${i}` }));

    for (const inline of ctx.index.companions(record, spec.inline, spec.via, ["name"])) {
      b.join(inline);
      add(
        policyValue(inline.attrs["policy"], ctx),
        { kind: "inline", name: inline.address },
        { record: inline, attr: "policy" },
      );
    }
    for (const att of ctx.index.companions(record, spec.attach, spec.via, ["name"])) {
      b.join(att);
      attachArn(att.attrs["policy_arn"], { record: att, attr: "policy_arn" });
    }
    for (const att of ctx.index.companions(record, "aws_iam_policy_attachment", spec.listVia, ["name"])) {
      b.join(att);
      attachArn(att.attrs["policy_arn"], { record: att, attr: "policy_arn" });
    }
    b.resource.config["policies"] = policies;
    b.resource.config["policy_sources"] = sources;
    b.set("managed_policy_arns", arns.some(isUnknown) ? arns.find(isUnknown)! : arns);

    if (kind === "user") {
      const keys = ctx.index.companions(record, "aws_iam_access_key", "user", ["name"]);
      keys.forEach((k) => b.join(k));
      // Access keys are Active unless `status` says otherwise.
      const statuses = keys.map((k) => k.attrs["status"]);
      const unknownStatus = statuses.find(isUnknown);
      b.set(
        "access_keys",
        unknownStatus ?? statuses.filter((s) => s !== "Inactive").length,
        keys[1] ? { record: keys[1] } : keys[0] ? { record: keys[0] } : undefined,
      );
      const login = ctx.index.companions(record, "aws_iam_user_login_profile", "user", ["name"]);
      login.forEach((l) => b.join(l));
      b.set("console_access", login.length > 0, login[0] ? { record: login[0] } : undefined);
    }
    return b.build();
  };
}

function normalizePolicy(record: RawRecord, ctx: NormalizeContext): Resource {
  const b = new ResourceBuilder(record, { provider: "aws", type: "iam_policy" });
  const doc = policyValue(record.attrs["policy"], ctx);
  b.set("policies.0", doc, { attr: "policy" });
  b.resource.config["policies"] = [doc];
  b.resource.config["policy_sources"] = [{ kind: "customer", name: record.address }];
  return b.build();
}

/**
 * An inline policy whose identity is not defined in this module (created elsewhere, named
 * literally) is still judged, as a policy of its own; otherwise it is folded into the identity.
 */
function normalizeOrphanInline(kind: Kind) {
  return (record: RawRecord, ctx: NormalizeContext): Resource | null => {
    const spec = SPEC[kind];
    const owner = referenced(ctx.index, record, record.attrs[spec.via], [`aws_iam_${kind}`], ["name"]);
    if (owner.length > 0) return null;
    const b = new ResourceBuilder(record, { provider: "aws", type: "iam_policy" });
    const doc = policyValue(record.attrs["policy"], ctx);
    b.set("policies.0", doc, { attr: "policy" });
    b.resource.config["policies"] = [doc];
    b.resource.config["policy_sources"] = [{ kind: "inline", name: record.address }];
    return b.build();
  };
}

export const normalizers: Normalizer[] = [
  ...Object.entries(PRIMARY).map(([nativeType, kind]) => ({
    native_types: [nativeType],
    normalize: normalizeIdentity(kind),
  })),
  ...(["role", "user", "group"] as const).map((kind) => ({
    native_types: [SPEC[kind].inline],
    normalize: normalizeOrphanInline(kind),
  })),
  { native_types: ["aws_iam_policy"], normalize: normalizePolicy },
  {
    native_types: [],
    companions: [
      "aws_iam_role_policy_attachment",
      "aws_iam_user_policy_attachment",
      "aws_iam_group_policy_attachment",
      "aws_iam_policy_attachment",
      "aws_iam_access_key",
      "aws_iam_user_login_profile",
    ],
    normalize: () => null,
  },
];
