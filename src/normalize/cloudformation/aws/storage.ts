/** S3 buckets and bucket policies, EFS file systems and ECR repositories. */
import type { Value, ValueMap } from "../../../model/value.ts";
import { single, tagsOf, Tf, type Translation } from "../translate.ts";

/** CloudFormation's canned ACL names → S3's. */
const CANNED: Record<string, string> = {
  Private: "private",
  PublicRead: "public-read",
  PublicReadWrite: "public-read-write",
  AuthenticatedRead: "authenticated-read",
  AwsExecRead: "aws-exec-read",
  BucketOwnerRead: "bucket-owner-read",
  BucketOwnerFullControl: "bucket-owner-full-control",
  LogDeliveryWrite: "log-delivery-write",
};

const enabled = (v: Value): Value => v === "Enabled";

const bucket: Translation = {
  cfn: "AWS::S3::Bucket",
  translate: (t) => {
    t.copy("bucket", "BucketName");
    tagsOf(t);
    t.copy("acl", "AccessControl", (v) => CANNED[String(v)] ?? String(v));
    if (t.get("VersioningConfiguration") !== undefined)
      t.copy("versioning.0.enabled", "VersioningConfiguration.Status", enabled);
    if (t.get("LoggingConfiguration") !== undefined) {
      t.put("logging.0", {}, "LoggingConfiguration");
      t.put(
        "logging.0.target_bucket",
        t.get("LoggingConfiguration.DestinationBucketName") ?? null,
        "LoggingConfiguration.DestinationBucketName",
      );
    }
    const sse = "BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault";
    const sseTf = "server_side_encryption_configuration.0.rule.0.apply_server_side_encryption_by_default.0";
    if (t.get(sse) !== undefined) {
      t.copy(`${sseTf}.sse_algorithm`, `${sse}.SSEAlgorithm`);
      t.copy(`${sseTf}.kms_master_key_id`, `${sse}.KMSMasterKeyID`);
    }
    t.copy("object_lock_enabled", "ObjectLockEnabled");
    t.each("LifecycleConfiguration.Rules", "lifecycle_rule", (c, tf) =>
      t.copy(`${tf}.enabled`, `${c}.Status`, enabled),
    );
    if (t.get("ReplicationConfiguration") !== undefined)
      t.each("ReplicationConfiguration.Rules", "replication_configuration.0.rules", (c, tf) =>
        t.copy(`${tf}.status`, `${c}.Status`),
      );
    if (t.get("WebsiteConfiguration") !== undefined) t.put("website.0", {}, "WebsiteConfiguration");
    t.each("CorsConfiguration.CorsRules", "cors_rule", (c, tf) => {
      t.copy(`${tf}.allowed_origins`, `${c}.AllowedOrigins`);
      t.copy(`${tf}.allowed_methods`, `${c}.AllowedMethods`);
    });
    const out = [{ tf: "aws_s3_bucket", attrs: t.attrs, spans: t.spans }];
    // Settings CloudFormation writes on the bucket and Terraform in blocks of their own.
    const pab = t.get("PublicAccessBlockConfiguration");
    if (pab !== undefined)
      out.push(
        part(t, "aws_s3_bucket_public_access_block", "PublicAccessBlockConfiguration", pabAttrs(t), "#pab"),
      );
    const own = t.get("OwnershipControls.Rules.0.ObjectOwnership");
    if (own !== undefined)
      out.push(
        part(
          t,
          "aws_s3_bucket_ownership_controls",
          "OwnershipControls",
          { rule: [{ object_ownership: own }] },
          "#ownership",
        ),
      );
    return out;
  },
};

function pabAttrs(t: Tf): ValueMap {
  const out: ValueMap = {};
  const keys = {
    block_public_acls: "BlockPublicAcls",
    ignore_public_acls: "IgnorePublicAcls",
    block_public_policy: "BlockPublicPolicy",
    restrict_public_buckets: "RestrictPublicBuckets",
  };
  for (const [tf, cfn] of Object.entries(keys)) {
    const v = t.get(`PublicAccessBlockConfiguration.${cfn}`);
    if (v !== undefined) out[tf] = v;
  }
  return out;
}

/** A separate Terraform block made from one property of the resource, pointing back at it. */
function part(t: Tf, tf: string, cfnPath: string, attrs: ValueMap, suffix: string) {
  const sub = new Tf(t.src, t.index);
  sub.put("bucket", t.self());
  for (const [k, v] of Object.entries(attrs)) sub.put(k, v, `${cfnPath}.${pascal(k)}`);
  const span = t.spanOf(cfnPath);
  return { tf, attrs: sub.attrs, spans: sub.spans, suffix, ...(span ? { span } : {}) };
}

function pascal(snake: string): string {
  return snake.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

const bucketPolicy = single(
  "AWS::S3::BucketPolicy",
  "aws_s3_bucket_policy",
  (t) => {
    t.copy("bucket", "Bucket");
    t.copy("policy", "PolicyDocument");
  },
  true,
);

const efs = single("AWS::EFS::FileSystem", "aws_efs_file_system", (t) => {
  tagsOf(t, "FileSystemTags");
  t.copy("encrypted", "Encrypted");
  t.copy("kms_key_id", "KmsKeyId");
  t.copy("policy", "FileSystemPolicy");
});

const ecr = single("AWS::ECR::Repository", "aws_ecr_repository", (t) => {
  t.copy("name", "RepositoryName");
  tagsOf(t);
  t.copy("image_scanning_configuration.0.scan_on_push", "ImageScanningConfiguration.ScanOnPush");
  t.copy("image_tag_mutability", "ImageTagMutability");
  if (t.get("EncryptionConfiguration") !== undefined) {
    t.copy("encryption_configuration.0.encryption_type", "EncryptionConfiguration.EncryptionType");
    t.copy("encryption_configuration.0.kms_key", "EncryptionConfiguration.KmsKey");
  }
  t.copy("policy", "RepositoryPolicyText");
});

export const translations: Translation[] = [bucket, bucketPolicy, efs, ecr];
