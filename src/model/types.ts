/**
 * The normalized `config` of each common resource type: the contract between every source
 * (Terraform, plan, CloudFormation, ARM, Kubernetes, live APIs) and the rules.
 *
 * Conventions, for every type:
 * - A field is absent only when the source cannot express it; a field the source expresses but
 *   whose value is not known statically is an `Unknown`. Every field may be `Unknown`.
 * - Unknowns sit at leaves: `encryption: { enabled: <unknown> }`, never `encryption: <unknown>`.
 * - Provider defaults are applied: an S3 bucket created today is encrypted with SSE-S3 even
 *   without a configuration block, a GCS bucket without `uniform_bucket_level_access` has it off.
 *   Comment the default where it is applied.
 * - Port ranges stay ranges (`{from: 0, to: 65535}`), never expanded.
 * - Policy documents are parsed objects (AWS IAM JSON), not strings.
 * - Add fields as rules need them, here first, with a one-line meaning.
 */
import type { Unknown, Value } from "./value.ts";

type K<T> = T | Unknown;

/** Shared by many types. */
export interface EncryptionConfig {
  enabled: K<boolean>;
  /** True when a customer-managed key (KMS / Key Vault / Cloud KMS) is used. */
  customer_managed_key?: K<boolean>;
  key_id?: K<string | null>;
}

/** `cloud_storage_bucket`: S3 bucket, Azure blob container, GCS bucket. */
export interface StorageBucketConfig {
  /** Anyone on the internet can read or write objects: public ACL or policy, and not blocked. */
  public_access: K<boolean>;
  /** Public access is prevented at the bucket (S3 public access block all four, GCS prevention enforced, Azure account disallows). */
  public_access_blocked?: K<boolean>;
  public_acl?: K<boolean>;
  /** The bucket policy grants access to any principal without a restricting condition. */
  public_policy?: K<boolean>;
  encryption: EncryptionConfig;
  versioning?: { enabled: K<boolean>; mfa_delete?: K<boolean> };
  logging?: { enabled: K<boolean>; target?: K<string | null> };
  object_lock?: { enabled: K<boolean> };
  /** Requests over plain HTTP are denied. */
  https_only?: K<boolean>;
  /** ACLs are disabled (S3 BucketOwnerEnforced, GCS uniform bucket-level access). */
  uniform_access?: K<boolean>;
  lifecycle_rules?: K<boolean>;
  policy?: K<Value>;
}

/** One rule of a `firewall_rule` set, the same shape for AWS, Azure and GCP. */
export interface NetworkRule {
  direction: "ingress" | "egress";
  action: "allow" | "deny";
  /** Lowercase IANA name or number as text: `tcp`, `udp`, `icmp`, `all`. */
  protocol: K<string>;
  /** Inclusive port ranges; an empty list means every port. */
  ports: K<Array<{ from: number; to: number }>>;
  /** CIDRs, `*`, service tags (`Internet`) or references for ingress sources. */
  sources: K<string[]>;
  destinations?: K<string[]>;
  /** Lower wins (Azure, GCP); null where order does not matter (AWS allow-only). */
  priority?: K<number | null>;
  description?: K<string | null>;
}

/** `firewall_rule`: an AWS security group, an Azure NSG, a GCP firewall rule, a NACL. */
export interface FirewallConfig {
  rules: NetworkRule[];
  /** The AWS default security group of a VPC. */
  is_default?: K<boolean>;
}

/** `disk` and `disk_snapshot`, `database_snapshot`. */
export interface DiskConfig {
  encryption: EncryptionConfig;
  size_gb?: K<number | null>;
  attached?: K<boolean>;
}
export interface SnapshotConfig {
  encryption: EncryptionConfig;
  /** Anyone can restore it (`all` in create-volume / restore permissions). */
  public: K<boolean>;
  /** Account / subscription / project ids it is shared with. */
  shared_with: K<string[]>;
}

/** `database_instance`: RDS instance or cluster, Azure SQL / PostgreSQL / MySQL server, Cloud SQL. */
export interface DatabaseConfig {
  engine?: K<string | null>;
  public_access: K<boolean>;
  encryption: EncryptionConfig;
  backup?: { enabled: K<boolean>; retention_days?: K<number | null> };
  deletion_protection?: K<boolean>;
  multi_az?: K<boolean>;
  iam_auth?: K<boolean>;
  tls_required?: K<boolean>;
  logging?: { enabled: K<boolean> };
  auto_minor_version_upgrade?: K<boolean>;
}

/** `compute_instance`: EC2 instance, Azure VM, GCE instance, launch templates. */
export interface ComputeConfig {
  public_ip: K<boolean>;
  /** Instance metadata service: AWS IMDSv2 required / GCP legacy endpoints off. */
  metadata_service?: { enabled: K<boolean>; v2_required?: K<boolean> };
  /** Identity the instance runs as: instance profile, managed identity, service account email. */
  identity?: K<string | null>;
  disk_encryption?: EncryptionConfig;
  user_data?: K<string | null>;
}

/** An IAM policy document statement, evaluated, not string-matched. */
export interface PolicyStatement {
  effect: "Allow" | "Deny";
  actions?: string[];
  not_actions?: string[];
  resources?: string[];
  not_resources?: string[];
  principals?: Record<string, string[]>;
  conditions?: Record<string, Record<string, string[]>>;
}

/** `iam_policy`, `iam_role`, `iam_user`, `service_account`, `iam_binding` keep their documents under `policies`. */
export interface IdentityConfig {
  /** Permission documents in AWS IAM JSON, attached or inline. */
  policies?: K<Value[]>;
  /** Trust policy of a role (who may assume it). */
  trust_policy?: K<Value>;
  /** Roles granted (GCP `roles/owner`, Azure `Owner`), for bindings and assignments. */
  roles?: K<string[]>;
  members?: K<string[]>;
  mfa_enabled?: K<boolean>;
}

/** `audit_log`: CloudTrail trail, Azure activity log / diagnostic setting, GCP audit config or sink. */
export interface AuditLogConfig {
  enabled: K<boolean>;
  multi_region?: K<boolean>;
  log_file_validation?: K<boolean>;
  encryption?: EncryptionConfig;
  management_events?: K<boolean>;
  retention_days?: K<number | null>;
}

/** `kms_key`: KMS key, Key Vault key, Cloud KMS crypto key. */
export interface KmsKeyConfig {
  rotation_enabled: K<boolean>;
  rotation_period_days?: K<number | null>;
  policy?: K<Value>;
}
