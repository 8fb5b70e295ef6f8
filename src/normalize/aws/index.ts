/**
 * Normalizers for live AWS records, by native type. They produce the same common types and
 * config keys as the Terraform normalizers (src/model/types.ts), so one rule judges both.
 */
import type { ScanError } from "../../model/raw.ts";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import { TRAIL } from "../../sources/aws/cloudtrail.ts";
import { RECORDER } from "../../sources/aws/config.ts";
import { TABLE } from "../../sources/aws/dynamodb.ts";
import * as ec2t from "../../sources/aws/ec2.ts";
import { REPOSITORY } from "../../sources/aws/ecr.ts";
import { CLUSTER } from "../../sources/aws/eks.ts";
import { LISTENER, LOAD_BALANCER } from "../../sources/aws/elbv2.ts";
import * as iamt from "../../sources/aws/iam.ts";
import { KEY } from "../../sources/aws/kms.ts";
import { FUNCTION } from "../../sources/aws/lambda.ts";
import * as rdst from "../../sources/aws/rds.ts";
import { ACCOUNT_BLOCK, BUCKET } from "../../sources/aws/s3.ts";
import { SECRET } from "../../sources/aws/secretsmanager.ts";
import { TOPIC } from "../../sources/aws/sns.ts";
import { QUEUE } from "../../sources/aws/sqs.ts";
import { normalizeTrail } from "./cloudtrail.ts";
import { normalizeRecorder } from "./config.ts";
import { normalizeCluster, normalizeRepository } from "./containers.ts";
import { normalizeTable } from "./dynamodb.ts";
import * as ec2 from "./ec2.ts";
import { normalizeListener, normalizeLoadBalancer } from "./elbv2.ts";
import * as iam from "./iam.ts";
import { KeyIndex } from "./keys.ts";
import { normalizeKey } from "./kms.ts";
import { normalizeFunction } from "./lambda.ts";
import { normalizeQueue, normalizeTopic } from "./messaging.ts";
import * as rds from "./rds.ts";
import { normalizeS3AccountBlock, normalizeS3Bucket } from "./s3.ts";
import { normalizeSecret } from "./secretsmanager.ts";

/** Null when the record is kept only as context for others (AWS-managed KMS keys). */
type LiveNormalizer = (rec: LiveRecord, keys: KeyIndex) => Resource | null;

const NORMALIZERS: Record<string, LiveNormalizer> = {
  [BUCKET]: normalizeS3Bucket,
  [ACCOUNT_BLOCK]: normalizeS3AccountBlock,
  [ec2t.INSTANCE]: ec2.normalizeInstance,
  [ec2t.SECURITY_GROUP]: ec2.normalizeSecurityGroup,
  [ec2t.NETWORK_ACL]: ec2.normalizeNetworkAcl,
  [ec2t.VPC]: ec2.normalizeVpc,
  [ec2t.VOLUME]: ec2.normalizeVolume,
  [ec2t.SNAPSHOT]: ec2.normalizeSnapshot,
  [ec2t.IMAGE]: ec2.normalizeImage,
  [ec2t.EBS_DEFAULTS]: ec2.normalizeEbsDefaults,
  [iamt.USER]: iam.normalizeUser,
  [iamt.ROOT]: iam.normalizeRoot,
  [iamt.ROLE]: iam.normalizeRole,
  [iamt.POLICY]: iam.normalizeManagedPolicy,
  [iamt.INSTANCE_PROFILE]: iam.normalizeInstanceProfile,
  [iamt.PASSWORD_POLICY]: iam.normalizePasswordPolicy,
  [rdst.DB_INSTANCE]: rds.normalizeDbInstance,
  [rdst.DB_CLUSTER]: rds.normalizeDbCluster,
  [rdst.DB_SNAPSHOT]: rds.normalizeDbSnapshot,
  [rdst.DB_CLUSTER_SNAPSHOT]: rds.normalizeDbSnapshot,
  [KEY]: normalizeKey,
  [TRAIL]: normalizeTrail,
  [RECORDER]: normalizeRecorder,
  [FUNCTION]: normalizeFunction,
  [LOAD_BALANCER]: normalizeLoadBalancer,
  [LISTENER]: normalizeListener,
  [TOPIC]: normalizeTopic,
  [QUEUE]: normalizeQueue,
  [TABLE]: normalizeTable,
  [REPOSITORY]: normalizeRepository,
  [CLUSTER]: normalizeCluster,
  [SECRET]: normalizeSecret,
};

export function normalizeLive(records: readonly LiveRecord[]): {
  resources: Resource[];
  errors: ScanError[];
} {
  const resources: Resource[] = [];
  const errors: ScanError[] = [];
  const keys = new KeyIndex(records);
  for (const rec of records) {
    const where = { source: "normalize", account: rec.account, region: rec.region };
    const n = NORMALIZERS[rec.native_type];
    if (!n) {
      errors.push({ ...where, message: `${rec.arn}: no normalizer for ${rec.native_type}` });
      continue;
    }
    try {
      const r = n(rec, keys);
      if (r) resources.push(r);
    } catch (e) {
      errors.push({ ...where, message: `${rec.arn}: ${(e as Error).message}` });
    }
  }
  linkThroughProfiles(resources);
  return { resources, errors };
}

/** An instance runs as the roles of its instance profile: link it to them directly, as IaC does. */
function linkThroughProfiles(resources: Resource[]): void {
  const profiles = new Map(resources.filter((r) => r.type === "iam_instance_profile").map((r) => [r.uid, r]));
  for (const r of resources) {
    if (r.type !== "compute_instance") continue;
    for (const link of [...(r.links ?? [])]) {
      const profile = link.kind === "has_role" ? profiles.get(link.target) : undefined;
      for (const roleLink of profile?.links ?? [])
        r.links!.push({ kind: "has_role", target: roleLink.target });
    }
  }
}
