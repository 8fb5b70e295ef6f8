/** Live S3 buckets and the account's public access block → `cloud_storage_bucket`, `account_setting`. */
import type {
  Grant,
  LifecycleRule,
  LoggingEnabled,
  ObjectLockConfiguration,
  OwnershipControls,
  PublicAccessBlockConfiguration,
  ServerSideEncryptionConfiguration,
} from "@aws-sdk/client-s3";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { deniesInsecureTransport, parseDocument, policyIsPublic } from "./policy.ts";
import type { KeyIndex } from "./keys.ts";
import { field, liveResource } from "./resource.ts";
import { isUnknown } from "../../model/value.ts";

const PUBLIC_GROUPS = new Set([
  "http://acs.amazonaws.com/groups/global/AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
]);
const FLAGS = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] as const;

/** The block in force: AWS applies a setting when either the account or the bucket turns it on. */
function effectiveBlock(
  bucket: PublicAccessBlockConfiguration | null | undefined,
  account: PublicAccessBlockConfiguration | null | undefined,
): Record<(typeof FLAGS)[number], boolean> {
  const out = {} as Record<(typeof FLAGS)[number], boolean>;
  for (const f of FLAGS) out[f] = bucket?.[f] === true || account?.[f] === true;
  return out;
}

export function normalizeS3Bucket(rec: LiveRecord, keys: KeyIndex): Resource {
  const block = effectiveBlock(
    field<PublicAccessBlockConfiguration | null>(rec, "PublicAccessBlock"),
    field<PublicAccessBlockConfiguration | null>(rec, "AccountPublicAccessBlock"),
  );
  const ownership = field<OwnershipControls | null>(rec, "OwnershipControls");
  const aclsDisabled = ownership?.Rules?.some((r) => r.ObjectOwnership === "BucketOwnerEnforced") === true;
  const grants = field<Grant[]>(rec, "Grants") ?? [];
  // With ACLs disabled (BucketOwnerEnforced) no grant is honoured.
  const publicAcl = !aclsDisabled && grants.some((g) => PUBLIC_GROUPS.has(g.Grantee?.URI ?? ""));
  const policy = parseDocument(field<string | null>(rec, "Policy"));
  const publicPolicy = policyIsPublic(policy);
  // Only IgnorePublicAcls and RestrictPublicBuckets neutralize grants that already exist;
  // the Block* flags refuse new ones.
  const exposedByAcl = publicAcl && !block.IgnorePublicAcls;
  const exposedByPolicy = publicPolicy === true && !block.RestrictPublicBuckets;
  const sse = field<ServerSideEncryptionConfiguration | null>(rec, "ServerSideEncryptionConfiguration");
  const byDefault = sse?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
  const kmsKey = byDefault?.SSEAlgorithm?.startsWith("aws:kms") ? (byDefault.KMSMasterKeyID ?? null) : null;
  const versioning = field<{ Status: string | null; MFADelete: string | null }>(rec, "Versioning");
  const logging = field<LoggingEnabled | null>(rec, "LoggingEnabled");
  const lock = field<ObjectLockConfiguration | null>(rec, "ObjectLockConfiguration");
  const lifecycle = field<LifecycleRule[]>(rec, "LifecycleRules") ?? [];
  return liveResource(rec, "cloud_storage_bucket", {
    public_access: exposedByAcl || exposedByPolicy,
    public_access_blocked: FLAGS.every((f) => block[f]),
    public_access_block: {
      block_public_acls: block.BlockPublicAcls,
      ignore_public_acls: block.IgnorePublicAcls,
      block_public_policy: block.BlockPublicPolicy,
      restrict_public_buckets: block.RestrictPublicBuckets,
    },
    public_acl: publicAcl,
    public_policy: publicPolicy,
    // Every bucket is encrypted with SSE-S3 at least since January 2023, configured or not.
    encryption: {
      enabled: true,
      // SSE-KMS without a key id uses the AWS-managed aws/s3 key.
      customer_managed_key: kmsKey === null ? false : keys.customerManaged(kmsKey),
      key_id: kmsKey,
    },
    versioning: {
      enabled: versioning?.Status === "Enabled",
      mfa_delete: versioning?.MFADelete === "Enabled",
    },
    logging: { enabled: logging !== null && logging !== undefined, target: logging?.TargetBucket ?? null },
    object_lock: { enabled: lock?.ObjectLockEnabled === "Enabled" },
    https_only: isUnknown(policy) ? policy : deniesInsecureTransport(policy),
    uniform_access: aclsDisabled,
    lifecycle_rules: lifecycle.some((r) => r.Status === "Enabled"),
    policy,
  });
}

export function normalizeS3AccountBlock(rec: LiveRecord): Resource {
  const pab = field<PublicAccessBlockConfiguration | null>(rec, "PublicAccessBlock");
  const set = (flag: (typeof FLAGS)[number]): boolean => pab?.[flag] === true;
  const r = liveResource(rec, "account_setting", {
    s3_public_access_block: {
      block_public_acls: set("BlockPublicAcls"),
      ignore_public_acls: set("IgnorePublicAcls"),
      block_public_policy: set("BlockPublicPolicy"),
      restrict_public_buckets: set("RestrictPublicBuckets"),
    },
  });
  return r;
}
