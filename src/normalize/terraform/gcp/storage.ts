/**
 * `google_storage_bucket` → `cloud_storage_bucket`, joined with the IAM and ACL resources that
 * grant access to it. A GCS bucket is public when an IAM grant or an ACL names `allUsers` or
 * `allAuthenticatedUsers` and public access prevention is not enforced.
 */
import type { RawRecord } from "../../../model/raw.ts";
import { isUnknown, unknown, type Value } from "../../../model/value.ts";
import { asBool, asNumber, block, ResourceBuilder } from "../../kit.ts";
import type { Normalizer, NormalizeContext } from "../../registry.ts";
import { baseAddress, type JoinIndex } from "../join.ts";
import { outsideTarget } from "./outside.ts";
import { anyPublic, bindingMembers, membersOf, PUBLIC_MEMBERS, policyBindings } from "./members.ts";

const IAM_TYPES = [
  "google_storage_bucket_iam_member",
  "google_storage_bucket_iam_binding",
  "google_storage_bucket_iam_policy",
];
/** ACL resources: `role_entity` lists (`READER:allUsers`), single entities, or predefined ACLs. */
const ACL_TYPES = [
  "google_storage_bucket_acl",
  "google_storage_default_object_acl",
  "google_storage_object_acl",
  "google_storage_bucket_access_control",
  "google_storage_default_object_access_control",
  "google_storage_object_access_control",
];
const PUBLIC_PREDEFINED = new Set(["publicRead", "publicReadWrite"]);

/** A public grant found in a companion, for the position of the finding. */
interface Grant {
  value: Value;
  record?: RawRecord;
  attr?: string;
}

function iamGrant(c: RawRecord, index: JoinIndex): Grant {
  if (c.native_type === "google_storage_bucket_iam_policy") {
    const bindings = policyBindings(c.attrs["policy_data"], index, c);
    if (isUnknown(bindings)) return { value: bindings, record: c, attr: "policy_data" };
    return {
      value: anyPublic(bindingMembers(bindings)),
      record: c,
      attr: "policy_data",
    };
  }
  const members = membersOf(c.attrs);
  const attr = c.attrs["member"] !== undefined ? "member" : "members";
  if (isUnknown(members)) return { value: members, record: c, attr };
  return { value: anyPublic(members), record: c, attr };
}

function aclGrant(c: RawRecord): Grant {
  const predefined = c.attrs["predefined_acl"];
  if (typeof predefined === "string" && PUBLIC_PREDEFINED.has(predefined))
    return { value: true, record: c, attr: "predefined_acl" };
  if (isUnknown(predefined)) return { value: predefined, record: c, attr: "predefined_acl" };
  const entity = c.attrs["entity"];
  if (entity !== undefined) {
    if (isUnknown(entity)) return { value: entity, record: c, attr: "entity" };
    return { value: typeof entity === "string" && PUBLIC_MEMBERS.has(entity), record: c, attr: "entity" };
  }
  const list = c.attrs["role_entity"];
  if (isUnknown(list)) return { value: list, record: c, attr: "role_entity" };
  if (!Array.isArray(list)) return { value: false };
  // Entries are `ROLE:entity` (`READER:allUsers`, `OWNER:user-a@b.c`).
  return {
    value: anyPublic(list.map((e) => (typeof e === "string" ? e.slice(e.indexOf(":") + 1) : e))),
    record: c,
    attr: "role_entity",
  };
}

/** The first public grant, else the first undecided one, else a known "not public". */
function combine(grants: Grant[]): Grant {
  return grants.find((g) => g.value === true) ?? grants.find((g) => isUnknown(g.value)) ?? { value: false };
}

function normalizeBucket(record: RawRecord, ctx: NormalizeContext) {
  const b = new ResourceBuilder(record, { provider: "gcp", type: "cloud_storage_bucket" });
  const companions = (types: string[]) =>
    types.flatMap((t) => ctx.index.companions(record, t, "bucket", ["name"]));
  const iam = companions(IAM_TYPES);
  const acls = companions(ACL_TYPES);
  for (const c of [...iam, ...acls]) b.join(c);
  setAccess(b, iam, acls, ctx.index);

  // Cloud Storage always encrypts data at rest with Google-managed keys; a CMEK is optional.
  b.set("encryption.enabled", true);
  const enc = block(record.attrs, "encryption");
  const kms = enc?.["default_kms_key_name"];
  if (kms === undefined || kms === null) {
    b.set("encryption.customer_managed_key", false);
    b.set("encryption.key_id", null);
  } else {
    b.set("encryption.customer_managed_key", isUnknown(kms) && kms.refs.length === 0 ? kms : true, {
      attr: "encryption.0.default_kms_key_name",
    });
    b.set("encryption.key_id", kms, { attr: "encryption.0.default_kms_key_name" });
  }

  // Object versioning is off unless a versioning block enables it.
  b.fromAttr("versioning.enabled", "versioning.0.enabled", false, (v) => asBool(v, false));

  const logging = block(record.attrs, "logging");
  const logBucket = logging?.["log_bucket"];
  if (logging === undefined) {
    b.set("logging.enabled", false);
    b.set("logging.target", null);
  } else if (logBucket === undefined || logBucket === null) {
    // log_bucket is required in the block: Terraform rejects a logging block without it.
    const invalid = unknown("the logging block has no log_bucket");
    b.set("logging.enabled", invalid, { attr: "logging" });
    b.set("logging.target", invalid, { attr: "logging" });
  } else {
    b.set("logging.enabled", true, { attr: "logging.0.log_bucket" });
    b.set("logging.target", logBucket, { attr: "logging.0.log_bucket" });
  }

  const retention = block(record.attrs, "retention_policy");
  if (retention === undefined) {
    b.set("retention.days", null);
    b.set("retention.locked", false);
  } else {
    const seconds = asNumber(retention["retention_period"]);
    b.set("retention.days", typeof seconds === "number" ? seconds / 86400 : seconds, {
      attr: "retention_policy.0.retention_period",
    });
    // A retention policy is unlocked unless `is_locked` is set.
    b.fromAttr("retention.locked", "retention_policy.0.is_locked", false, (v) => asBool(v, false));
  }
  b.set(
    "lifecycle_rules",
    Array.isArray(record.attrs["lifecycle_rule"]) && record.attrs["lifecycle_rule"].length > 0,
  );
  b.set("website_enabled", block(record.attrs, "website") !== undefined);

  b.set("receives_logs", receivesLogs(record, ctx));
  return b.build();
}

/** Public access of a bucket from its own settings and the grants joined into it. */
function setAccess(b: ResourceBuilder, iam: RawRecord[], acls: RawRecord[], index: JoinIndex): void {
  // Uniform bucket-level access is off unless set; `bucket_policy_only` is its name before provider 3.x.
  const ublaAttr =
    b.attr("uniform_bucket_level_access") !== undefined
      ? "uniform_bucket_level_access"
      : "bucket_policy_only";
  b.fromAttr("uniform_access", ublaAttr, false, (v) => asBool(v, false));
  const uniform = b.resource.config["uniform_access"];

  // Public access prevention defaults to `inherited`: only an organization policy (outside this
  // configuration) would block public grants then.
  b.fromAttr("public_access_blocked", "public_access_prevention", false, (v) =>
    typeof v === "string" ? v === "enforced" : unknown("public_access_prevention is not a string"),
  );
  const blocked = b.resource.config["public_access_blocked"] as Value;
  setAccessFromGrants(b, iam, acls, index, uniform as Value, blocked);
}

/** `public_policy`, `public_acl` and `public_access` from the grants, given the bucket's own switches. */
function setAccessFromGrants(
  b: ResourceBuilder,
  iam: RawRecord[],
  acls: RawRecord[],
  index: JoinIndex,
  uniform: Value,
  blocked: Value,
): void {
  const policy = combine(iam.map((c) => iamGrant(c, index)));
  b.set(
    "public_policy",
    policy.value,
    policy.record ? { record: policy.record, attr: policy.attr } : undefined,
  );
  // With uniform bucket-level access, ACLs are not evaluated at all.
  const aclRaw = combine(acls.map(aclGrant));
  const acl: Value =
    uniform === true ? false : aclRaw.value === true && isUnknown(uniform) ? uniform : aclRaw.value;
  b.set("public_acl", acl, aclRaw.record ? { record: aclRaw.record, attr: aclRaw.attr } : undefined);

  const granted = [policy, { ...aclRaw, value: acl }];
  const open = combine(granted);
  const publicAccess: Value =
    blocked === true ? false : open.value === true && isUnknown(blocked) ? blocked : open.value;
  b.set("public_access", publicAccess, open.record ? { record: open.record, attr: open.attr } : undefined);
}

/** Grants on a bucket this configuration does not declare: a bucket resource whose own settings are unknown. */
function normalizeOrphanGrant(record: RawRecord, ctx: NormalizeContext) {
  const outside = outsideTarget(record, ctx.index, {
    via: "bucket",
    primaryType: "google_storage_bucket",
    nameAttrs: ["name"],
    grantTypes: [...IAM_TYPES, ...ACL_TYPES],
  });
  if (outside === null) return null;
  const b = new ResourceBuilder(record, {
    provider: "gcp",
    type: "cloud_storage_bucket",
    name: outside.name,
  });
  for (const c of outside.grants.slice(1)) b.join(c);
  const unset = unknown("the bucket is not declared in this configuration");
  b.set("uniform_access", unset);
  b.set("public_access_blocked", unset);
  const iam = outside.grants.filter((c) => IAM_TYPES.includes(c.native_type));
  const acls = outside.grants.filter((c) => ACL_TYPES.includes(c.native_type));
  // GCS refuses to apply an allUsers/allAuthenticatedUsers grant while public access prevention is
  // enforced, and refuses ACL changes under uniform bucket-level access: a grant that applies is in force.
  setAccessFromGrants(b, iam, acls, ctx.index, false, false);
  b.set("encryption.enabled", true);
  b.set("encryption.customer_managed_key", unset);
  return b.build();
}

/** A log sink in the configuration writes to this bucket (`storage.googleapis.com/<name>`). */
function receivesLogs(bucket: RawRecord, ctx: NormalizeContext): boolean {
  const name = bucket.attrs["name"];
  const sinkTypes = [
    "google_logging_project_sink",
    "google_logging_folder_sink",
    "google_logging_organization_sink",
    "google_logging_billing_account_sink",
  ];
  return sinkTypes.some((t) =>
    ctx.index.ofType(t).some((s) => {
      if (s.module !== bucket.module) return false;
      const d = s.attrs["destination"];
      if (isUnknown(d)) return d.refs.some((r) => r === bucket.address || r === baseAddress(bucket.address));
      return typeof d === "string" && typeof name === "string" && d === `storage.googleapis.com/${name}`;
    }),
  );
}

export const normalizers: Normalizer[] = [
  { native_types: ["google_storage_bucket"], normalize: normalizeBucket },
  { native_types: [...IAM_TYPES, ...ACL_TYPES], normalize: normalizeOrphanGrant },
];
