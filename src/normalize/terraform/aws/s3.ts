/**
 * S3 buckets. Since AWS provider v4 a bucket is configured by up to a dozen resources that point
 * at it (`bucket = aws_s3_bucket.b.id`); the v3 inline arguments (`acl`, `policy`, `versioning`,
 * `logging`, …) are still accepted. Both forms fold into one `cloud_storage_bucket`, a companion
 * winning over the inline argument it replaces.
 */
import type { RawRecord } from "../../../model/raw.ts";
import type { Resource } from "../../../model/resource.ts";
import { isUnknown, unknown, type Unknown, type Value, type ValueMap } from "../../../model/value.ts";
import { readPolicy, publicStatements, type PolicyDocument } from "../../../rules/aws/iam-policy/index.ts";
import { asBool, block, blocks, ResourceBuilder } from "../../kit.ts";
import type { NormalizeContext, Normalizer } from "../../registry.ts";
import { policyValue } from "./policy-documents.ts";
import { referenced } from "./references.ts";

const C = {
  pab: "aws_s3_bucket_public_access_block",
  sse: "aws_s3_bucket_server_side_encryption_configuration",
  acl: "aws_s3_bucket_acl",
  policy: "aws_s3_bucket_policy",
  versioning: "aws_s3_bucket_versioning",
  logging: "aws_s3_bucket_logging",
  lock: "aws_s3_bucket_object_lock_configuration",
  ownership: "aws_s3_bucket_ownership_controls",
  lifecycle: "aws_s3_bucket_lifecycle_configuration",
  replication: "aws_s3_bucket_replication_configuration",
  website: "aws_s3_bucket_website_configuration",
  cors: "aws_s3_bucket_cors_configuration",
} as const;

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

/** Canned ACLs and what they grant to everyone / to any AWS account. */
const CANNED: Record<string, { all: string[]; authenticated: string[] }> = {
  "public-read": { all: ["READ"], authenticated: [] },
  "public-read-write": { all: ["READ", "WRITE"], authenticated: [] },
  "authenticated-read": { all: [], authenticated: ["READ"] },
};

type Tri = boolean | Unknown;

const or = (...xs: Tri[]): Tri => (xs.some((x) => x === true) ? true : (xs.find(isUnknown) ?? false));
const and = (...xs: Tri[]): Tri => (xs.some((x) => x === false) ? false : (xs.find(isUnknown) ?? true));
const not = (x: Tri): Tri => (isUnknown(x) ? x : !x);

function tri(v: Value): Tri {
  return typeof v === "boolean" || isUnknown(v) ? v : unknown("not a boolean");
}

/**
 * One bucket from its `aws_s3_bucket` block and the companions pointing at it, or, when `orphans`
 * is given, from companions alone whose bucket is not in this configuration (created elsewhere,
 * by another module or by hand). `record` is then the first of them: the resource carries its
 * address, and settings no companion states are unknown instead of read from inline arguments.
 */
function normalizeBucket(
  record: RawRecord,
  ctx: NormalizeContext,
  orphans?: Map<string, RawRecord>,
): Resource {
  const b = new ResourceBuilder(record, {
    provider: "aws",
    type: "cloud_storage_bucket",
    ...(orphans ? { name: orphanBucketName(record) } : {}),
  });
  const companion = (type: string): RawRecord | undefined => {
    if (orphans) {
      const found = orphans.get(type);
      if (found && found !== record) b.join(found);
      return found;
    }
    const found = ctx.index.companions(record, type, "bucket", ["bucket"]);
    for (const f of found) b.join(f);
    return found[0];
  };
  // What the bucket's own block would say: nothing when it is not in this configuration.
  const inline: ValueMap = orphans ? {} : record.attrs;
  const elsewhere = (what: string): Unknown =>
    unknown(`${what} of bucket ${b.resource.name}, which is not in this configuration`);
  const unstated = (rec: RawRecord | undefined): boolean => orphans !== undefined && rec === undefined;

  // Encryption: every bucket is encrypted with SSE-S3 by default since January 2023.
  const sse = companion(C.sse);
  const sseRule = sse
    ? {
        rec: sse,
        path: "rule.0.apply_server_side_encryption_by_default.0",
        rule: block(block(sse.attrs, "rule") ?? {}, "apply_server_side_encryption_by_default"),
      }
    : {
        rec: record,
        path: "server_side_encryption_configuration.0.rule.0.apply_server_side_encryption_by_default.0",
        rule: block(
          block(block(inline, "server_side_encryption_configuration") ?? {}, "rule") ?? {},
          "apply_server_side_encryption_by_default",
        ),
      };
  b.set("encryption.enabled", true, sseRule.rule ? { record: sseRule.rec, attr: sseRule.path } : undefined);
  if (sseRule.rule) {
    const algo = sseRule.rule["sse_algorithm"];
    const key = sseRule.rule["kms_master_key_id"];
    const from = { record: sseRule.rec, attr: `${sseRule.path}.sse_algorithm` };
    // aws:kms without a key id uses the AWS managed key aws/s3, not a customer-managed one.
    const cmk: Value = isUnknown(algo)
      ? algo
      : typeof algo === "string" &&
          algo.startsWith("aws:kms") &&
          key !== undefined &&
          key !== null &&
          key !== ""
        ? true
        : false;
    b.set("encryption.customer_managed_key", cmk, from);
    b.set("encryption.key_id", key === undefined ? null : key, from);
  } else if (unstated(sse)) {
    b.set("encryption.customer_managed_key", elsewhere("the encryption key"));
    b.set("encryption.key_id", elsewhere("the encryption key"));
  } else {
    b.set("encryption.customer_managed_key", false);
    b.set("encryption.key_id", null);
  }

  // Versioning: off unless configured; MFA delete off.
  const ver = companion(C.versioning);
  if (ver) {
    const cfg = block(ver.attrs, "versioning_configuration") ?? {};
    const status = cfg["status"];
    b.set("versioning.enabled", isUnknown(status) ? status : status === "Enabled", {
      record: ver,
      attr: "versioning_configuration.0.status",
    });
    const mfa = cfg["mfa_delete"];
    b.set("versioning.mfa_delete", isUnknown(mfa) ? mfa : mfa === "Enabled", {
      record: ver,
      attr: "versioning_configuration.0.mfa_delete",
    });
  } else if (unstated(ver)) {
    b.set("versioning.enabled", elsewhere("versioning"));
    b.set("versioning.mfa_delete", elsewhere("MFA delete"));
  } else {
    const v3 = block(inline, "versioning");
    b.set(
      "versioning.enabled",
      asBool(v3?.["enabled"], false),
      v3 ? { attr: "versioning.0.enabled" } : undefined,
    );
    b.set(
      "versioning.mfa_delete",
      asBool(v3?.["mfa_delete"], false),
      v3 ? { attr: "versioning.0.mfa_delete" } : undefined,
    );
  }

  // Server access logging.
  const log = companion(C.logging);
  const inlineLog = block(inline, "logging");
  if (log) {
    b.set("logging.enabled", true, { record: log });
    b.set("logging.target", log.attrs["target_bucket"] ?? null, { record: log, attr: "target_bucket" });
  } else if (unstated(log)) {
    b.set("logging.enabled", elsewhere("access logging"));
    b.set("logging.target", elsewhere("access logging"));
  } else {
    b.set("logging.enabled", inlineLog !== undefined, inlineLog ? { attr: "logging" } : undefined);
    b.set(
      "logging.target",
      inlineLog?.["target_bucket"] ?? null,
      inlineLog ? { attr: "logging.0.target_bucket" } : undefined,
    );
  }

  // Object lock: `object_lock_enabled` (v4) or the v3 block, or a lock configuration resource.
  const lock = companion(C.lock);
  const lockBlock = block(inline, "object_lock_configuration");
  if (inline["object_lock_enabled"] !== undefined && inline["object_lock_enabled"] !== null) {
    b.set("object_lock.enabled", asBool(inline["object_lock_enabled"], false), {
      attr: "object_lock_enabled",
    });
  } else if (lockBlock) {
    const v = lockBlock["object_lock_enabled"];
    b.set("object_lock.enabled", isUnknown(v) ? v : v === "Enabled", {
      attr: "object_lock_configuration.0.object_lock_enabled",
    });
  } else if (lock) {
    const v = lock.attrs["object_lock_enabled"] ?? "Enabled";
    b.set("object_lock.enabled", isUnknown(v) ? v : v === "Enabled", { record: lock });
  } else b.set("object_lock.enabled", unstated(lock) ? elsewhere("object lock") : false);

  // ACL: the companion replaces the inline `acl` / `grant` arguments.
  const aclRec = companion(C.acl);
  const acl = unstated(aclRec)
    ? { all: elsewhere("the ACL"), authenticated: elsewhere("the ACL"), nonPrivate: elsewhere("the ACL") }
    : aclGrants(aclRec ? aclRec.attrs : inline, aclRec !== undefined);
  const aclFrom = aclRec
    ? { record: aclRec, attr: acl.attr ?? "acl" }
    : acl.attr
      ? { attr: acl.attr }
      : undefined;
  b.set("acl_all_users", acl.all, aclFrom);
  b.set("acl_authenticated_users", acl.authenticated, aclFrom);
  const publicAcl: Tri = isUnknown(acl.all)
    ? acl.all
    : isUnknown(acl.authenticated)
      ? acl.authenticated
      : acl.all.length > 0 || acl.authenticated.length > 0;
  b.set("public_acl", publicAcl, aclFrom);

  // Ownership: ACLs are disabled (BucketOwnerEnforced) by default for buckets created since
  // April 2023, unless the configuration itself sets a non-private ACL, which needs them enabled.
  const own = companion(C.ownership);
  const ownRule = own ? block(own.attrs, "rule") : undefined;
  if (own) {
    const o = ownRule?.["object_ownership"];
    b.set("uniform_access", isUnknown(o) ? o : o === "BucketOwnerEnforced", {
      record: own,
      attr: "rule.0.object_ownership",
    });
  } else {
    b.set("uniform_access", isUnknown(acl.nonPrivate) ? acl.nonPrivate : !acl.nonPrivate, aclFrom);
  }

  // Policy: the companion replaces the inline argument.
  const polRec = companion(C.policy);
  const policy = polRec
    ? policyValue(polRec.attrs["policy"], ctx)
    : unstated(polRec)
      ? elsewhere("the bucket policy")
      : policyValue(inline["policy"], ctx);
  const polFrom = polRec
    ? { record: polRec, attr: "policy" }
    : inline["policy"] !== undefined
      ? { attr: "policy" }
      : undefined;
  b.set("policy", policy, polFrom);
  const read = readPolicy(policy, { resourcesMayBeUnknown: true });
  const publicPolicy: Tri = read.ok ? publicStatements(read.doc).length > 0 : unknown(read.reason);
  b.set("public_policy", publicPolicy, polFrom);
  b.set("https_only", read.ok ? deniesInsecureTransport(read.doc) : unknown(read.reason), polFrom);

  // Public access block: the bucket's own, or an account-level one in the same configuration.
  const pab = companion(C.pab);
  const account = ctx.index
    .ofType("aws_s3_account_public_access_block")
    .filter((r) => r.module === record.module)[0];
  const setting = (name: string): Tri => {
    const own = pab ? tri(asBool(pab.attrs[name], false)) : false;
    const acct = account ? tri(asBool(account.attrs[name], false)) : false;
    return or(own, acct);
  };
  const pabFrom = pab ? { record: pab } : account ? account.span : undefined;
  const settings = {
    block_public_acls: setting("block_public_acls"),
    ignore_public_acls: setting("ignore_public_acls"),
    block_public_policy: setting("block_public_policy"),
    restrict_public_buckets: setting("restrict_public_buckets"),
  };
  // A bucket declared elsewhere may have its block declared there too: the settings are unknown,
  // while its exposure below is still judged by what the companions here ask for.
  const blockElsewhere = unstated(pab) && account === undefined;
  for (const [k, v] of Object.entries(settings)) {
    b.set(
      `public_access_block.${k}`,
      blockElsewhere ? elsewhere("the public access block") : v,
      pab ? { record: pab, attr: k } : pabFrom,
    );
  }
  b.set(
    "public_access_blocked",
    blockElsewhere ? elsewhere("the public access block") : and(...Object.values(settings)),
    pabFrom,
  );

  // Public: a public ACL that is not ignored/blocked, or a public policy that is not restricted/blocked.
  // Without a block in the configuration the bucket is judged by what it asks for: S3's default block
  // on new buckets is lifted by whoever applies a public ACL or policy.
  const viaAcl = and(publicAcl, not(or(settings.ignore_public_acls, settings.block_public_acls)));
  const viaPolicy = and(
    publicPolicy,
    not(or(settings.restrict_public_buckets, settings.block_public_policy)),
  );
  const publicAccess = or(viaAcl, viaPolicy);
  b.set("public_access", publicAccess, viaAcl === true ? aclFrom : viaPolicy === true ? polFrom : pabFrom);

  // Lifecycle, replication, website, CORS.
  const lc = companion(C.lifecycle);
  const lcRules = lc ? blocks(lc.attrs, "rule") : blocks(inline, "lifecycle_rule");
  const lcEnabled = lcRules.map((r) => (lc ? statusEnabled(r["status"]) : tri(asBool(r["enabled"], false))));
  b.set(
    "lifecycle_rules",
    unstated(lc) ? elsewhere("lifecycle rules") : lcEnabled.length === 0 ? false : or(...lcEnabled),
    lc ? { record: lc } : lcRules.length ? { attr: "lifecycle_rule" } : undefined,
  );

  const rep = companion(C.replication);
  const repRules = rep
    ? blocks(rep.attrs, "rule")
    : blocks(block(inline, "replication_configuration") ?? {}, "rules");
  b.set(
    "replication_enabled",
    unstated(rep)
      ? elsewhere("replication")
      : repRules.length === 0
        ? false
        : or(...repRules.map((r) => statusEnabled(r["status"]))),
    rep ? { record: rep } : repRules.length ? { attr: "replication_configuration" } : undefined,
  );

  const web = companion(C.website);
  const inlineWeb = block(inline, "website");
  b.set(
    "website_enabled",
    unstated(web) ? elsewhere("website hosting") : web !== undefined || inlineWeb !== undefined,
    web ? { record: web } : inlineWeb ? { attr: "website" } : undefined,
  );

  const cors = companion(C.cors);
  const corsRules = cors ? blocks(cors.attrs, "cors_rule") : blocks(inline, "cors_rule");
  b.set(
    "cors_allows_any_origin_write",
    unstated(cors) ? elsewhere("CORS rules") : or(...corsRules.map(corsAnyOriginWrite), false),
    cors ? { record: cors } : corsRules.length ? { attr: "cors_rule" } : undefined,
  );

  return b.build();
}

function statusEnabled(v: Value | undefined): Tri {
  if (isUnknown(v)) return v;
  return v === "Enabled";
}

function corsAnyOriginWrite(rule: ValueMap): Tri {
  const origins = rule["allowed_origins"];
  const methods = rule["allowed_methods"];
  if (isUnknown(origins)) return origins;
  if (isUnknown(methods)) return methods;
  const anyOrigin = Array.isArray(origins) && origins.some((o) => o === "*");
  const writes =
    Array.isArray(methods) &&
    methods.some((m) => typeof m === "string" && ["PUT", "POST", "DELETE"].includes(m.toUpperCase()));
  return anyOrigin && writes;
}

/** What an ACL (canned `acl`, `grant` blocks or `access_control_policy`) grants to everyone. */
function aclGrants(
  attrs: ValueMap,
  isCompanion: boolean,
): { all: string[] | Unknown; authenticated: string[] | Unknown; nonPrivate: Tri; attr?: string } {
  const canned = attrs["acl"];
  if (isUnknown(canned)) return { all: canned, authenticated: canned, nonPrivate: canned, attr: "acl" };
  const all = new Set<string>();
  const authenticated = new Set<string>();
  let attr: string | undefined;
  let nonPrivate = false;
  if (typeof canned === "string") {
    attr = "acl";
    const c = CANNED[canned];
    c?.all.forEach((p) => all.add(p));
    c?.authenticated.forEach((p) => authenticated.add(p));
    nonPrivate = canned !== "private" && canned !== "bucket-owner-full-control";
  }
  // v3 inline `grant { type = "Group", uri = ..., permissions = [...] }`.
  const grants: Array<{ uri: Value | undefined; permissions: Value | undefined }> = [];
  for (const g of blocks(attrs, "grant")) grants.push({ uri: g["uri"], permissions: g["permissions"] });
  // aws_s3_bucket_acl `access_control_policy { grant { grantee { uri } permission } }`.
  for (const acp of blocks(attrs, "access_control_policy")) {
    for (const g of blocks(acp, "grant")) {
      const grantee = block(g, "grantee");
      grants.push({ uri: grantee?.["uri"], permissions: g["permission"] });
    }
  }
  if (grants.length > 0) {
    attr ??= isCompanion ? "access_control_policy" : "grant";
    nonPrivate = true;
  }
  for (const g of grants) {
    if (isUnknown(g.uri)) return { all: g.uri, authenticated: g.uri, nonPrivate: g.uri, attr };
    if (isUnknown(g.permissions))
      return { all: g.permissions, authenticated: g.permissions, nonPrivate: true, attr };
    const perms = (Array.isArray(g.permissions) ? g.permissions : [g.permissions]).filter(
      (p): p is string => typeof p === "string",
    );
    if (g.uri === ALL_USERS) perms.forEach((p) => all.add(p));
    if (g.uri === AUTHENTICATED_USERS) perms.forEach((p) => authenticated.add(p));
  }
  const out: { all: string[]; authenticated: string[]; nonPrivate: Tri; attr?: string } = {
    all: [...all].sort(),
    authenticated: [...authenticated].sort(),
    nonPrivate,
  };
  if (attr !== undefined) out.attr = attr;
  return out;
}

/** A Deny on requests where `aws:SecureTransport` is false, covering the bucket's S3 actions. */
export function deniesInsecureTransport(doc: PolicyDocument): boolean {
  return doc.statements.some(
    (s) =>
      s.effect === "Deny" &&
      (s.actions ?? []).some((a) => a === "*" || a.toLowerCase() === "s3:*") &&
      Object.entries(s.conditions ?? {}).some(
        ([op, entries]) =>
          /^Bool(IfExists)?$/i.test(op) &&
          Object.entries(entries).some(
            ([k, v]) => k.toLowerCase() === "aws:securetransport" && v.includes("false"),
          ),
      ),
  );
}

/**
 * What an orphan companion's `bucket` names: the literal bucket name, or the addresses it
 * references (a bucket of another module, or one this configuration does not declare). Undefined
 * when it names nothing comparable (a variable), so the companion stands alone.
 */
function orphanKey(record: RawRecord): string | undefined {
  const v = record.attrs["bucket"];
  if (typeof v === "string" && v !== "") return `name:${v}`;
  if (isUnknown(v) && v.refs.length > 0) return `ref:${[...v.refs].sort().join(",")}`;
  return undefined;
}

function orphanBucketName(record: RawRecord): string {
  const v = record.attrs["bucket"];
  if (typeof v === "string" && v !== "") return v;
  if (isUnknown(v) && v.refs.length > 0) return v.refs[0] as string;
  return record.name;
}

const COMPANION_TYPES: readonly string[] = Object.values(C);

function isOrphan(record: RawRecord, ctx: NormalizeContext): boolean {
  return referenced(ctx.index, record, record.attrs["bucket"], ["aws_s3_bucket"], ["bucket"]).length === 0;
}

/**
 * The companions standing for one bucket that is not in this configuration, grouped by the
 * bucket they name: the n-th companion of each type goes into the n-th group, so that two public
 * access blocks written for the same bucket are both judged rather than one hiding the other.
 */
function orphanGroups(ctx: NormalizeContext, module: string): Map<string, RawRecord>[] {
  const byKey = new Map<string, Map<string, RawRecord[]>>();
  const groups: Map<string, RawRecord>[] = [];
  for (const type of COMPANION_TYPES) {
    for (const r of ctx.index.ofType(type)) {
      if (r.module !== module || !isOrphan(r, ctx)) continue;
      const key = orphanKey(r);
      if (key === undefined) {
        groups.push(new Map([[type, r]]));
        continue;
      }
      const perType = byKey.get(key) ?? new Map<string, RawRecord[]>();
      byKey.set(key, perType);
      perType.set(type, [...(perType.get(type) ?? []), r]);
    }
  }
  for (const perType of byKey.values()) {
    const depth = Math.max(...[...perType.values()].map((l) => l.length));
    for (let i = 0; i < depth; i++) {
      const g = new Map<string, RawRecord>();
      for (const [type, list] of perType) if (list[i]) g.set(type, list[i] as RawRecord);
      groups.push(g);
    }
  }
  return groups;
}

export const normalizers: Normalizer[] = [
  {
    native_types: ["aws_s3_bucket"],
    companions: Object.values(C),
    normalize: (record, ctx) => normalizeBucket(record, ctx),
  },
  {
    // A companion whose bucket is not declared here still configures a real bucket: the first
    // companion of each group stands for it, so findings point at the companions' own lines.
    native_types: [...COMPANION_TYPES],
    normalize(record, ctx) {
      if (!isOrphan(record, ctx)) return null;
      const group = orphanGroups(ctx, record.module).find((g) => [...g.values()][0] === record);
      return group ? normalizeBucket(record, ctx, group) : null;
    },
  },
];
