/**
 * S3: every bucket with its public access block (bucket and account level), policy, ACL,
 * ownership controls, encryption, versioning, logging, object lock, lifecycle and tags.
 * ListBuckets is global; each bucket's settings are read in the bucket's own region, and
 * buckets outside the scanned regions are left out.
 */
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
  type Bucket,
} from "@aws-sdk/client-s3";
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from "@aws-sdk/client-s3-control";
import { allPages, gapFor, type Collector } from "./collector.ts";
import { liveRecord, tagMap, type LiveRecord } from "./record.ts";

export const BUCKET = "AWS::S3::Bucket";
export const ACCOUNT_BLOCK = "AWS::S3::AccountPublicAccessBlock";

/** The settings behind `public_access`: any of them unknown makes it unknown. */
const EXPOSURE = [
  "public_access",
  "public_access_blocked",
  "public_access_block.block_public_acls",
  "public_access_block.ignore_public_acls",
  "public_access_block.block_public_policy",
  "public_access_block.restrict_public_buckets",
];

export const s3: Collector = {
  service: "s3",
  global: true,
  calls: {
    ListBuckets: { action: "s3:ListAllMyBuckets" },
    GetBucketLocation: { action: "s3:GetBucketLocation" },
    GetAccountPublicAccessBlock: {
      action: "s3:GetAccountPublicAccessBlock",
      feeds: {
        [BUCKET]: EXPOSURE,
        [ACCOUNT_BLOCK]: [
          "s3_public_access_block.block_public_acls",
          "s3_public_access_block.ignore_public_acls",
          "s3_public_access_block.block_public_policy",
          "s3_public_access_block.restrict_public_buckets",
        ],
      },
    },
    GetPublicAccessBlock: { action: "s3:GetBucketPublicAccessBlock", feeds: { [BUCKET]: EXPOSURE } },
    GetBucketPolicy: {
      action: "s3:GetBucketPolicy",
      feeds: { [BUCKET]: ["policy", "public_policy", "public_access", "https_only"] },
    },
    GetBucketAcl: { action: "s3:GetBucketAcl", feeds: { [BUCKET]: ["public_acl", "public_access"] } },
    GetBucketOwnershipControls: {
      action: "s3:GetBucketOwnershipControls",
      feeds: { [BUCKET]: ["uniform_access", "public_acl", "public_access"] },
    },
    GetBucketEncryption: {
      action: "s3:GetEncryptionConfiguration",
      feeds: { [BUCKET]: ["encryption.enabled", "encryption.customer_managed_key", "encryption.key_id"] },
    },
    GetBucketVersioning: {
      action: "s3:GetBucketVersioning",
      feeds: { [BUCKET]: ["versioning.enabled", "versioning.mfa_delete"] },
    },
    GetBucketLogging: {
      action: "s3:GetBucketLogging",
      feeds: { [BUCKET]: ["logging.enabled", "logging.target"] },
    },
    GetObjectLockConfiguration: {
      action: "s3:GetBucketObjectLockConfiguration",
      feeds: { [BUCKET]: ["object_lock.enabled"] },
    },
    GetBucketLifecycleConfiguration: {
      action: "s3:GetLifecycleConfiguration",
      feeds: { [BUCKET]: ["lifecycle_rules"] },
    },
    GetBucketTagging: { action: "s3:GetBucketTagging" },
  },

  async collect(ctx) {
    const home = ctx.client(S3Client);
    const listed = await ctx.call("ListBuckets", () =>
      allPages(paginateListBuckets({ client: home }, {}), (p) => p.Buckets),
    );
    const account = await ctx.call(
      "GetAccountPublicAccessBlock",
      async () => {
        // Its endpoint rules prefix the account id to the host, which an emulator's IP cannot take.
        const control = ctx.client(S3ControlClient, undefined, { verbatimEndpoint: true });
        const out = await control.send(new GetAccountPublicAccessBlockCommand({ AccountId: ctx.account }));
        return out.PublicAccessBlockConfiguration;
      },
      { absent: ["NoSuchPublicAccessBlockConfiguration"] },
    );
    const accountBlock = liveRecord({
      native_type: ACCOUNT_BLOCK,
      arn: `arn:${ctx.partition}:s3::${ctx.account}:account-public-access-block`,
      name: `${ctx.account} S3 public access block`,
      account: ctx.account,
      region: "global",
      data: { PublicAccessBlock: account.ok ? (account.value ?? null) : null },
    });
    if (!account.ok) {
      accountBlock.gaps.push(gapFor(s3, "GetAccountPublicAccessBlock", ACCOUNT_BLOCK, account.error));
    }
    ctx.emit(accountBlock);
    if (!listed.ok) return;
    await Promise.all(
      (listed.value ?? []).map(async (bucket) => {
        const record = await collectBucket(ctx, bucket);
        if (!record) return;
        record.data["AccountPublicAccessBlock"] = account.ok ? (account.value ?? null) : null;
        if (!account.ok) record.gaps.push(gapFor(s3, "GetAccountPublicAccessBlock", BUCKET, account.error));
        ctx.emit(record);
      }),
    );
  },
};

async function collectBucket(
  ctx: Parameters<Collector["collect"]>[0],
  bucket: Bucket,
): Promise<LiveRecord | undefined> {
  const Bucket = bucket.Name;
  if (!Bucket) return undefined;
  let region = bucket.BucketRegion;
  if (!region) {
    const loc = await ctx.call("GetBucketLocation", () =>
      ctx.client(S3Client).send(new GetBucketLocationCommand({ Bucket })),
    );
    if (!loc.ok) return undefined;
    // An empty LocationConstraint is us-east-1; "EU" is the legacy name of eu-west-1.
    const c = loc.value?.LocationConstraint as string | undefined;
    region = !c ? "us-east-1" : c === "EU" ? "eu-west-1" : c;
  }
  if (!ctx.regions.includes(region)) return undefined;
  const record = liveRecord<Record<string, unknown>>({
    native_type: BUCKET,
    arn: `arn:${ctx.partition}:s3:::${Bucket}`,
    name: Bucket,
    account: ctx.account,
    region,
    data: { Name: Bucket, CreationDate: bucket.CreationDate?.toISOString() ?? null },
  });
  const client = ctx.client(S3Client, region);
  const opts = { record };
  const [pab, policy, acl, ownership, enc, ver, log, lock, life, tags] = await Promise.all([
    ctx.call("GetPublicAccessBlock", () => client.send(new GetPublicAccessBlockCommand({ Bucket })), {
      ...opts,
      absent: ["NoSuchPublicAccessBlockConfiguration"],
    }),
    ctx.call("GetBucketPolicy", () => client.send(new GetBucketPolicyCommand({ Bucket })), {
      ...opts,
      absent: ["NoSuchBucketPolicy"],
    }),
    ctx.call("GetBucketAcl", () => client.send(new GetBucketAclCommand({ Bucket })), opts),
    ctx.call(
      "GetBucketOwnershipControls",
      () => client.send(new GetBucketOwnershipControlsCommand({ Bucket })),
      {
        ...opts,
        absent: ["OwnershipControlsNotFoundError"],
      },
    ),
    ctx.call("GetBucketEncryption", () => client.send(new GetBucketEncryptionCommand({ Bucket })), {
      ...opts,
      absent: ["ServerSideEncryptionConfigurationNotFoundError"],
    }),
    ctx.call("GetBucketVersioning", () => client.send(new GetBucketVersioningCommand({ Bucket })), opts),
    ctx.call("GetBucketLogging", () => client.send(new GetBucketLoggingCommand({ Bucket })), opts),
    ctx.call(
      "GetObjectLockConfiguration",
      () => client.send(new GetObjectLockConfigurationCommand({ Bucket })),
      {
        ...opts,
        absent: ["ObjectLockConfigurationNotFoundError"],
      },
    ),
    ctx.call(
      "GetBucketLifecycleConfiguration",
      () => client.send(new GetBucketLifecycleConfigurationCommand({ Bucket })),
      { ...opts, absent: ["NoSuchLifecycleConfiguration"] },
    ),
    ctx.call("GetBucketTagging", () => client.send(new GetBucketTaggingCommand({ Bucket })), {
      ...opts,
      absent: ["NoSuchTagSet"],
    }),
  ]);
  // A value of null means the call succeeded and found nothing configured.
  const d = record.data;
  if (pab.ok) d["PublicAccessBlock"] = pab.value?.PublicAccessBlockConfiguration ?? null;
  if (policy.ok) d["Policy"] = policy.value?.Policy ?? null;
  if (acl.ok) d["Grants"] = acl.value?.Grants ?? [];
  if (ownership.ok) d["OwnershipControls"] = ownership.value?.OwnershipControls ?? null;
  if (enc.ok) d["ServerSideEncryptionConfiguration"] = enc.value?.ServerSideEncryptionConfiguration ?? null;
  if (ver.ok)
    d["Versioning"] = { Status: ver.value?.Status ?? null, MFADelete: ver.value?.MFADelete ?? null };
  if (log.ok) d["LoggingEnabled"] = log.value?.LoggingEnabled ?? null;
  if (lock.ok) d["ObjectLockConfiguration"] = lock.value?.ObjectLockConfiguration ?? null;
  if (life.ok) d["LifecycleRules"] = life.value?.Rules ?? [];
  if (tags.ok) record.tags = tagMap(tags.value?.TagSet);
  return record;
}
