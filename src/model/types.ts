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
  /** The bucket's own public access block settings (S3); an account-level block in the same configuration counts too. */
  public_access_block?: {
    block_public_acls: K<boolean>;
    ignore_public_acls: K<boolean>;
    block_public_policy: K<boolean>;
    restrict_public_buckets: K<boolean>;
  };
  /** Permissions (`READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL`) the ACL grants to everyone. */
  acl_all_users?: K<string[]>;
  /** Permissions the ACL grants to any authenticated AWS account. */
  acl_authenticated_users?: K<string[]>;
  /** Static website hosting is configured. */
  website_enabled?: K<boolean>;
  /** Objects are replicated to another bucket (S3 replication, GCS dual-region, Azure GRS). */
  replication_enabled?: K<boolean>;
  /** A CORS rule allows every origin (`*`) with a method that changes data (PUT, POST, DELETE). */
  cors_allows_any_origin_write?: K<boolean>;
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
  /** The one service the rule admits whatever its port: `database` for an RDS DB security group. */
  service?: K<string | null>;
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
  /** NotPrincipal: everyone except these. */
  not_principals?: Record<string, string[]>;
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
  /** Where each entry of `policies` comes from, same order: `inline`, `customer` (a policy resource), `aws_managed`. */
  policy_sources?: Array<{ kind: "inline" | "customer" | "aws_managed"; name: string }>;
  /** Managed policy ARNs attached (AWS managed or customer), as written. */
  managed_policy_arns?: K<string[]>;
  /** Number of access keys created for an IAM user (active ones, `status` Active by default). */
  access_keys?: K<number>;
  /** The user has a console password (login profile). */
  console_access?: K<boolean>;
  /** The identity is the account root user (live sources only). */
  is_root?: K<boolean>;
}

/** `audit_log`: CloudTrail trail, Azure activity log / diagnostic setting, GCP audit config or sink. */
export interface AuditLogConfig {
  enabled: K<boolean>;
  multi_region?: K<boolean>;
  log_file_validation?: K<boolean>;
  encryption?: EncryptionConfig;
  management_events?: K<boolean>;
  retention_days?: K<number | null>;
  /** Events are also delivered to a log group that can be monitored (CloudTrail → CloudWatch Logs). */
  cloudwatch_logs?: K<boolean>;
  /** Name of the bucket the log files are written to (uid of its resource in `links` as `writes_to`). */
  storage_bucket?: K<string | null>;
  /** Object-level (data) events recorded for S3: read and write. */
  s3_data_events?: { read: K<boolean>; write: K<boolean> };
  /**
   * CIS monitoring events that a metric filter on the trail's log group matches and an alarm watches
   * (`unauthorized_api_calls`, `console_signin_without_mfa`, `root_usage`, …).
   */
  monitored_events?: K<string[]>;
}

/** `kms_key`: KMS key, Key Vault key, Cloud KMS crypto key. */
export interface KmsKeyConfig {
  rotation_enabled: K<boolean>;
  rotation_period_days?: K<number | null>;
  policy?: K<Value>;
  /** Scheduled deletion waiting period in days (7 to 30). */
  deletion_window_days?: K<number | null>;
  enabled?: K<boolean>;
  /** Symmetric encryption key: only those support automatic rotation. */
  symmetric?: K<boolean>;
  /** The key policy lets any principal use or manage the key without a restricting condition. */
  public_policy?: K<boolean>;
}

/** `network`: AWS VPC (default or not), Azure VNet, GCP VPC network. */
export interface NetworkConfig {
  /** Traffic flow logs are delivered for the network (VPC flow log, NSG/VNet flow log, subnet flow logs). */
  flow_logs: { enabled: K<boolean> };
  /** The provider-created default network of an account/region (AWS default VPC, GCP `default`). */
  is_default?: K<boolean>;
}

/** `subnet`: a subnet of a `network`. */
export interface SubnetConfig {
  /** Instances launched into it get a public IP address automatically. */
  public_ip_on_launch: K<boolean>;
}

/** `machine_image`: AMI, Azure image, GCE image; same sharing shape as snapshots. */
export type MachineImageConfig = SnapshotConfig;

/** `nosql_table`: DynamoDB table, Cosmos DB container, Bigtable table. */
export interface NoSqlTableConfig {
  encryption: EncryptionConfig;
  point_in_time_recovery: { enabled: K<boolean> };
}

/** `function`: Lambda function, Azure Function, Cloud Function. */
export interface FunctionConfig {
  /** A resource policy lets any principal invoke it without a restricting source condition. */
  public_access: K<boolean>;
  /** An unauthenticated HTTPS endpoint exists (Lambda function URL with auth NONE). */
  public_url: K<boolean>;
  tracing?: { enabled: K<boolean> };
  /** Names of environment variables whose name suggests a secret written in plain text. */
  env_secret_names?: K<string[]>;
  runtime?: K<string | null>;
}

/** `api_gateway`: REST/HTTP API (AWS API Gateway v1/v2, Azure API Management, GCP API Gateway). */
export interface ApiGatewayConfig {
  /** Reachable only from private networks (AWS endpoint type PRIVATE). */
  private_endpoint?: K<boolean>;
  /** The resource policy lets any principal invoke it without a restricting condition. */
  public_policy?: K<boolean>;
}

/** `api_stage`: a deployed stage of an API. */
export interface ApiStageConfig {
  access_logging: { enabled: K<boolean> };
  /** Execution (CloudWatch) logging level is ERROR or INFO for all methods. */
  execution_logging?: { enabled: K<boolean> };
  tracing?: { enabled: K<boolean> };
  /** A web application firewall ACL is associated. */
  waf_attached?: K<boolean>;
  /** Response cache, when enabled, is encrypted. */
  cache?: { enabled: K<boolean>; encrypted: K<boolean> };
}

/** `api_method`: one route or method of an API. */
export interface ApiMethodConfig {
  http_method: K<string>;
  /** `NONE`, `AWS_IAM`, `CUSTOM`, `COGNITO_USER_POOLS`, `JWT`. */
  authorization: K<string>;
  api_key_required?: K<boolean>;
}

/** `api_domain`: a custom domain name of an API. */
export interface ApiDomainConfig {
  /** Minimum TLS version as `1.0`, `1.1`, `1.2`. */
  min_tls_version: K<string>;
}

/** `load_balancer`: ALB/NLB/CLB, Azure Load Balancer / Application Gateway, GCP forwarding rule. */
export interface LoadBalancerConfig {
  /** `application`, `network`, `gateway`, `classic`. */
  lb_type: K<string>;
  internal: K<boolean>;
  deletion_protection?: K<boolean>;
  drop_invalid_headers?: K<boolean>;
  access_logs?: { enabled: K<boolean> };
  waf_attached?: K<boolean>;
  /** Inline listeners (classic ELB), same shape as `load_balancer_listener`. */
  listeners?: K<Array<{ protocol: string; port: number }>>;
  /** Traffic is spread across the targets of every enabled Availability Zone (classic ELB). */
  cross_zone?: K<boolean>;
}

/** `load_balancer_listener`: a port a load balancer accepts traffic on. */
export interface LoadBalancerListenerConfig {
  /** Uppercase: `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`. */
  protocol: K<string>;
  port?: K<number | null>;
  /** The default action redirects plain HTTP to HTTPS. */
  redirects_to_https: K<boolean>;
  /** The TLS negotiation policy name (`ELBSecurityPolicy-TLS13-1-2-2021-06`), null for plain protocols. */
  tls_policy?: K<string | null>;
  /** Type of the load balancer it belongs to, when known. */
  lb_type?: K<string>;
}

/** `tls_policy`: a custom TLS negotiation policy (classic ELB `SSLNegotiationPolicyType`). */
export interface TlsPolicyConfig {
  /** The predefined policy it copies (`Reference-Security-Policy`), null when it lists its own settings. */
  reference_policy: K<string | null>;
  /** Protocols it turns on, as AWS names them: `SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`. */
  protocols: K<string[]>;
  /** Ciphers it turns on, by their OpenSSL or IANA names. */
  ciphers: K<string[]>;
}

/** `cdn_distribution`: CloudFront, Azure Front Door / CDN, Cloud CDN. */
export interface CdnConfig {
  /** Every cache behavior redirects or refuses plain HTTP from viewers. */
  viewer_https_only: K<boolean>;
  /** Minimum TLS version offered to viewers as `1.0`, `1.1`, `1.2` (`1.0` with the provider's default certificate). */
  min_tls_version: K<string | null>;
  waf_attached: K<boolean>;
  logging: { enabled: K<boolean> };
  /** Every S3 origin is reached through an origin access identity or control. */
  origin_access_restricted?: K<boolean>;
}

/** `container_registry`: ECR repository, ACR, Artifact Registry. */
export interface ContainerRegistryConfig {
  public_access: K<boolean>;
  scan_on_push?: K<boolean>;
  tag_immutable?: K<boolean>;
  encryption: EncryptionConfig;
}

/** `container_cluster`: EKS, AKS, GKE. */
export interface ContainerClusterConfig {
  /** The Kubernetes API endpoint is reachable from the internet. */
  public_endpoint: K<boolean>;
  /** CIDRs allowed to reach the public endpoint. */
  public_access_cidrs?: K<string[]>;
  /** Kubernetes secrets are envelope-encrypted with a KMS key. */
  secrets_encryption?: { enabled: K<boolean> };
  /** Control plane log types delivered (`api`, `audit`, `authenticator`, …). */
  control_plane_logs?: K<string[]>;
}

/** `container_task`: ECS task definition, a pod-like group of containers. */
export interface ContainerTaskConfig {
  /** Some container runs privileged. */
  privileged: K<boolean>;
  /** Every container has a read-only root filesystem. */
  read_only_root_fs: K<boolean>;
  /** Containers share the host's network namespace. */
  host_network: K<boolean>;
  env_secret_names?: K<string[]>;
}

/** `topic` and `queue`: SNS / SQS, Service Bus, Pub/Sub. */
export interface MessagingConfig {
  encryption: EncryptionConfig;
  /** The resource policy lets any principal act without a restricting condition. */
  public_access: K<boolean>;
  policy?: K<Value>;
}

/** `secret`: Secrets Manager secret, Key Vault secret, Secret Manager secret. */
export interface SecretConfig {
  encryption: EncryptionConfig;
  rotation: { enabled: K<boolean> };
  public_access?: K<boolean>;
}

/** `search_domain`: OpenSearch / Elasticsearch domain. */
export interface SearchDomainConfig {
  encryption: EncryptionConfig;
  node_to_node_encryption: K<boolean>;
  https_only: K<boolean>;
  /** Placed in a VPC rather than on a public endpoint. */
  in_network: K<boolean>;
  audit_logging: K<boolean>;
  public_access?: K<boolean>;
}

/** `cache_cluster`: ElastiCache, Azure Cache for Redis, Memorystore. */
export interface CacheClusterConfig {
  engine?: K<string | null>;
  encryption: EncryptionConfig;
  transit_encryption: K<boolean>;
  /** Clients must authenticate (Redis AUTH token or RBAC user group). */
  auth_required?: K<boolean>;
}

/** `file_system`: EFS, Azure Files share, Filestore. */
export interface FileSystemConfig {
  encryption: EncryptionConfig;
  public_access?: K<boolean>;
}

/** Additional `database_instance` keys. */
export interface DatabaseExtraConfig {
  /** Performance Insights is on; its data is encrypted with a customer-managed key when `customer_managed_key`. */
  performance_insights?: { enabled: K<boolean>; customer_managed_key?: K<boolean> };
  /** A member of a cluster whose storage, backups and deletion protection are set on the cluster. */
  cluster_member?: K<boolean>;
}

/** `password_policy`: the account's IAM password policy (AWS); Entra/Workspace policies where expressible. */
export interface PasswordPolicyConfig {
  min_length: K<number | null>;
  /** How many previous passwords cannot be reused; null when reuse is not prevented. */
  reuse_prevention: K<number | null>;
  /** Days until a password expires; null when passwords never expire. */
  max_age_days: K<number | null>;
  require_symbols: K<boolean>;
  require_numbers: K<boolean>;
  require_uppercase: K<boolean>;
  require_lowercase: K<boolean>;
  /** Users may change their own password. */
  allow_users_to_change: K<boolean>;
}

/** `config_recorder`: AWS Config recorder (joined with its status), resource inventory recorders. */
export interface ConfigRecorderConfig {
  /** Recording is started. */
  enabled: K<boolean>;
  /** Every supported resource type is recorded. */
  all_resources: K<boolean>;
  /** Global resources (IAM) are recorded too. */
  include_global_resources: K<boolean>;
}

/** `threat_detection` (GuardDuty detector, Defender plan, SCC service) and `security_center` (Security Hub). */
export interface ServiceEnablementConfig {
  enabled: K<boolean>;
}

/** `access_analyzer`: IAM Access Analyzer, which reports resources shared outside the zone of trust. */
export interface AccessAnalyzerConfig {
  enabled: K<boolean>;
  /** `ACCOUNT`, `ORGANIZATION`, or an unused-access type. */
  analyzer_type: K<string>;
}

/** `account_setting`: account-wide defaults (AWS EBS default encryption, S3 account public access block). */
export interface AccountSettingConfig {
  /** New EBS volumes are encrypted by default in the region. */
  ebs_default_encryption?: K<boolean>;
  /** The S3 account-level public access block, all four settings. */
  s3_public_access_block?: {
    block_public_acls: K<boolean>;
    ignore_public_acls: K<boolean>;
    block_public_policy: K<boolean>;
    restrict_public_buckets: K<boolean>;
  };
}

/** `log_group`: CloudWatch log group, Log Analytics workspace, Cloud Logging bucket. */
export interface LogGroupConfig {
  /** Days events are kept; null when they are kept forever. */
  retention_days: K<number | null>;
  encryption: EncryptionConfig;
}

/* ---- GCP-specific keys (additional keys of existing types, and types GCP brings) ---- */

/** Additional `cloud_storage_bucket` keys. */
export interface StorageBucketRetentionConfig {
  /** Objects cannot be deleted before `days`; `locked` makes the policy irreversible (GCS bucket lock, S3 Object Lock compliance). */
  retention?: { days: K<number | null>; locked: K<boolean> };
  /** A log sink or trail in the configuration exports logs into this bucket. */
  receives_logs?: K<boolean>;
}

/** Additional `firewall_rule` keys. */
export interface FirewallStateConfig {
  /** The rule set is in force (GCP `disabled = false`); a disabled set keeps `rules` empty. */
  enabled?: K<boolean>;
  /** Name of the network the rules apply to, as written (`default`, a self link). */
  network?: K<string | null>;
}

/** Additional `compute_instance` keys (GCE instances and instance templates). */
export interface ComputeHardeningConfig {
  /** The identity is the provider's default one (GCE default compute service account). */
  identity_default?: K<boolean>;
  /** OAuth scopes granted to the identity (GCE), full URLs or aliases as written. */
  identity_scopes?: K<string[]>;
  /** OS Login as set on the instance: true, false, or null when not set there (inherited from the project). */
  os_login?: K<boolean | null>;
  /** Interactive serial console access is enabled. */
  serial_port_enabled?: K<boolean>;
  /** Project-wide SSH keys are blocked for this instance. */
  project_ssh_keys_blocked?: K<boolean>;
  /** The instance may forward packets not addressed to it (GCE `can_ip_forward`). */
  ip_forwarding?: K<boolean>;
  /** Shielded VM options. */
  shielded?: { secure_boot: K<boolean>; vtpm: K<boolean>; integrity_monitoring: K<boolean> };
  /** Memory is encrypted in use (GCE Confidential VM, AWS/Azure confidential computing). */
  confidential_computing?: K<boolean>;
}

/** Additional `database_instance` keys. */
export interface DatabaseGcpConfig {
  /** A public IP address is assigned (Cloud SQL `ipv4_enabled`), whoever is authorized to reach it. */
  public_ip?: K<boolean>;
  /** Engine flags (Cloud SQL database flags, RDS parameters) by name, values as written. */
  flags?: K<Record<string, Value>>;
  /** Point-in-time recovery (Cloud SQL PITR / MySQL binary logging). */
  point_in_time_recovery?: K<boolean>;
  /** A read replica: backups and some flags are set on its primary. */
  replica?: K<boolean>;
}

/** Additional `container_cluster` keys (GKE where the concept exists). */
export interface ContainerClusterHardeningConfig {
  /** Nodes have only private IP addresses. */
  private_nodes?: K<boolean>;
  /** Master authorized networks are on (only listed CIDRs may reach the endpoint). */
  authorized_networks?: { enabled: K<boolean>; cidrs?: K<string[]> };
  /** Kubernetes NetworkPolicy is enforced (GKE network policy or Dataplane V2). */
  network_policy?: K<boolean>;
  /** Legacy ABAC authorization is on. */
  legacy_abac?: K<boolean>;
  /** Static basic-auth username/password is configured. */
  basic_auth?: K<boolean>;
  /** A client certificate is issued for the cluster (legacy auth). */
  client_certificate?: K<boolean>;
  /** Workloads get cloud credentials through Workload Identity / IRSA, not the node identity. */
  workload_identity?: K<boolean>;
  shielded_nodes?: K<boolean>;
  /** Secrets are encrypted with a customer-managed key (an extra leaf of `secrets_encryption`). */
  secrets_encryption_cmk?: K<boolean>;
  /** System and workload logs, and metrics, are delivered to the provider's services. */
  logging?: { enabled: K<boolean> };
  monitoring?: { enabled: K<boolean> };
  /** Release channel name (`REGULAR`, `STABLE`, `RAPID`), or `UNSPECIFIED`/null when none. */
  release_channel?: K<string | null>;
  /** VPC-native (alias IP) pod networking. */
  ip_aliasing?: K<boolean>;
  /** Intranode visibility: pod-to-pod traffic on one node goes through the VPC (flow logs see it). */
  intranode_visibility?: K<boolean>;
  /** Binary Authorization admission is enforced. */
  binary_authorization?: K<boolean>;
  /** PodSecurityPolicy admission is on (removed in Kubernetes 1.25). */
  pod_security_policy?: K<boolean>;
  /** Minimum control plane version as written (`1.27`), null when left to the channel. */
  min_master_version?: K<string | null>;
}

/** `container_node_pool`: a GKE node pool (separate resource, inline `node_pool` or the default pool), EKS node group, AKS agent pool. */
export interface NodePoolConfig {
  /** Identity the nodes run as (service account email), null when not set. */
  identity: K<string | null>;
  /** The nodes run as the provider's default identity (GCE default compute service account). */
  identity_default: K<boolean>;
  identity_scopes?: K<string[]>;
  /** Node image (`COS_CONTAINERD`, `UBUNTU_CONTAINERD`). */
  image_type?: K<string | null>;
  auto_upgrade?: K<boolean>;
  auto_repair?: K<boolean>;
  shielded?: { secure_boot: K<boolean>; integrity_monitoring: K<boolean> };
  /** The legacy instance metadata endpoints (v0.1/v1beta1) are served to the nodes. */
  legacy_metadata_endpoints?: K<boolean>;
  /** Pods see the GKE metadata server (Workload Identity), not the node's credentials. */
  metadata_server_for_pods?: K<boolean>;
}

/** `iam_binding`: one grant of roles to members (GCP IAM member/binding/policy, Azure role assignment). */
export interface IamBindingConfig {
  /** What the grant applies to: `project`, `folder`, `organization`, `service_account`, … */
  scope: K<string>;
  roles: K<string[]>;
  /** Members as written (`user:a@b.c`, `serviceAccount:…`, `allUsers`); each may be unknown. */
  members: K<Value[]>;
  /** Kind of each member, same order: `user`, `serviceAccount`, `group`, `domain`, `allUsers`, `allAuthenticatedUsers`, …; unknown when it cannot be told. */
  member_kinds: K<Value[]>;
  /** The grant has an IAM condition (time- or resource-bound). */
  conditional?: K<boolean>;
}

/** `service_account_key`: a user-managed key of a service account (GCP), an access key (AWS). */
export interface ServiceAccountKeyConfig {
  /** The key material is managed by the customer, not rotated by the provider. */
  user_managed: K<boolean>;
}

/** `compute_project_metadata`: project-wide GCE metadata, inherited by every instance. */
export interface ComputeProjectMetadataConfig {
  /** OS Login for the project: true, false, or null when not set. */
  os_login: K<boolean | null>;
  serial_port_enabled?: K<boolean>;
}

/** `project`: a GCP project (Azure subscription / AWS account settings live in `account_setting`). */
export interface ProjectConfig {
  /** The `default` network with permissive firewall rules is created with the project. */
  auto_create_network?: K<boolean>;
}

/** `dns_zone`: Route 53 hosted zone, Azure DNS zone, Cloud DNS managed zone. */
export interface DnsZoneConfig {
  /** Only resolvable from attached networks. */
  private: K<boolean>;
  /** DNSSEC signing, with the algorithms of the key- and zone-signing keys (lowercase, as the API names them). */
  dnssec: { enabled: K<boolean>; algorithms?: K<string[]> };
}

/** `analytics_dataset`: BigQuery dataset or table, Redshift/Synapse where shaped alike. */
export interface AnalyticsDatasetConfig {
  /** Anyone on the internet (allUsers) or any Google account (allAuthenticatedUsers) can access it. */
  public_access: K<boolean>;
  encryption: EncryptionConfig;
}

/** `log_sink`: a router exporting log entries (GCP log sink, Azure diagnostic export). */
export interface LogSinkConfig {
  /** Every log entry is exported (no filter). */
  all_entries: K<boolean>;
  destination: K<string | null>;
}

/** Additional `log_group` keys. */
export interface LogGroupLockConfig {
  /** The retention policy is locked and cannot be shortened. */
  locked?: K<boolean>;
}

/** Additional `audit_log` keys (GCP audit configs). */
export interface AuditLogScopeConfig {
  /** The configuration covers every service (`allServices`). */
  all_services?: K<boolean>;
  /** Log types recorded: `ADMIN_READ`, `DATA_READ`, `DATA_WRITE`. */
  log_types?: K<string[]>;
  /** Members whose access is not logged. */
  exempted_members?: K<Value[]>;
}

/* ---- Azure: keys of Azure-only types and Azure extras of common types ---- */

/** `storage_account`: an Azure storage account (its blob containers are `cloud_storage_bucket`s). */
export interface StorageAccountConfig {
  /** Only HTTPS requests are accepted (secure transfer required). */
  https_only: K<boolean>;
  /** Minimum TLS version as `1.0`, `1.1`, `1.2`. */
  min_tls_version: K<string>;
  /** Containers may be made public (`allow_nested_items_to_be_public`, `allow_blob_public_access`). */
  public_blob_access_allowed: K<boolean>;
  /** The public endpoint accepts traffic at all (`public_network_access_enabled`). */
  public_network_access: K<boolean>;
  /** The storage firewall denies by default (network rules `default_action = "Deny"`). */
  network_default_deny: K<boolean>;
  /** Trusted Microsoft services may bypass the firewall (`bypass` contains `AzureServices`). */
  trusted_services_bypass?: K<boolean>;
  /** IP ranges the firewall admits. */
  network_ip_rules?: K<string[]>;
  /** Requests may authorize with the account key (`shared_access_key_enabled`). */
  shared_key_access: K<boolean>;
  /** Double encryption at the infrastructure layer. */
  infrastructure_encryption: K<boolean>;
  encryption: EncryptionConfig;
  /** Deleted blobs / containers are kept this many days; null when soft delete is off. */
  blob_soft_delete_days: K<number | null>;
  container_soft_delete_days?: K<number | null>;
  versioning?: { enabled: K<boolean> };
  /** Storage Analytics logging of queue read, write and delete requests is on (all three). */
  queue_logging?: { enabled: K<boolean> };
  /** Data may be replicated to other Entra tenants. */
  cross_tenant_replication?: K<boolean>;
  /** Replication kind as written: `LRS`, `GRS`, `RAGRS`, `ZRS`, `GZRS`, `RAGZRS`. */
  replication?: K<string>;
}

/** `key_vault`: an Azure Key Vault. */
export interface KeyVaultConfig {
  purge_protection: K<boolean>;
  /** Days deleted vault objects are recoverable (7-90). */
  soft_delete_retention_days: K<number | null>;
  /** Data-plane access is authorized with Azure RBAC rather than access policies. */
  rbac_authorization: K<boolean>;
  public_network_access: K<boolean>;
  /** The vault firewall denies by default (`network_acls.default_action = "Deny"`). */
  network_default_deny: K<boolean>;
  /** A diagnostic setting sends the vault's AuditEvent logs somewhere. */
  logging: { enabled: K<boolean> };
}

/** Extra `kms_key` and `secret` keys for Key Vault keys and secrets. */
export interface VaultItemConfig {
  /** An expiration date is set. */
  expiration_set?: K<boolean>;
  /** `content_type` of a secret, null when not set. */
  content_type?: K<string | null>;
}

/** `web_app` (App Service web app) and the Azure extras of `function` (Function App). */
export interface WebAppConfig {
  https_only: K<boolean>;
  /** Minimum inbound TLS version as `1.0`, `1.1`, `1.2`, `1.3`. */
  min_tls_version: K<string>;
  /** `allallowed`, `ftpsonly` or `disabled`. */
  ftps_state: K<string>;
  /** Incoming client certificates are required. */
  client_cert_required: K<boolean>;
  /** App Service Authentication (Easy Auth) is on. */
  auth_enabled: K<boolean>;
  /** Managed identity type (`SystemAssigned`, `UserAssigned`, …), null when none. */
  identity: K<string | null>;
  http2_enabled: K<boolean>;
  remote_debugging: K<boolean>;
  /** Language versions the stack is configured with (`php`, `python`, `java`, `node`, `dotnet`). */
  runtime_versions?: K<Record<string, string>>;
  public_network_access?: K<boolean>;
}

/** Azure extras of `container_cluster` (AKS). */
export interface AksClusterConfig {
  /** Kubernetes RBAC is on. */
  rbac_enabled?: K<boolean>;
  /** Entra ID integration for cluster authentication. */
  aad_integration?: K<boolean>;
  /** `azure`, `calico`, `cilium`, or null when no network policy engine. */
  network_policy?: K<string | null>;
  /** Static local cluster-admin accounts remain available. */
  local_accounts_enabled?: K<boolean>;
  /** The Azure Policy add-on (Gatekeeper) is on. */
  policy_addon?: K<boolean>;
  /** The legacy Kubernetes dashboard add-on is on. */
  dashboard_enabled?: K<boolean>;
  /** OS and data disks are encrypted with a customer-managed key (disk encryption set). */
  disk_encryption?: EncryptionConfig;
  /** The API server has no public endpoint (private cluster). */
  private_endpoint?: K<boolean>;
  /** Container Insights (the monitoring agent) is on. */
  monitoring_agent?: K<boolean>;
  /** Managed identity type of the cluster, null when a service principal is used. */
  identity?: K<string | null>;
}

/** Azure extras of `database_instance` (SQL, PostgreSQL, MySQL, MariaDB servers, Cosmos DB accounts). */
export interface AzureDatabaseConfig {
  /** The public endpoint accepts traffic at all; firewall rules then decide who gets in. */
  public_network_access?: K<boolean>;
  /** Firewall rules of the server (start/end IPv4 inclusive), or for Cosmos DB its IP filter as ranges. */
  firewall_rules?: K<Array<{ name: string; start_ip: string; end_ip: string }>>;
  /** Minimum TLS version as `1.0`, `1.1`, `1.2`, or `none` when TLS is not enforced. */
  min_tls_version?: K<string>;
  geo_redundant_backup?: K<boolean>;
  /** Microsoft Defender / threat detection alerts for the server. */
  threat_detection?: { enabled: K<boolean>; email_admins?: K<boolean>; emails?: K<string[]> };
  /** Server auditing; retention 0 means kept forever. */
  auditing?: { enabled: K<boolean>; retention_days?: K<number | null> };
  /** An Entra ID administrator is set. */
  aad_admin?: K<boolean>;
  /** Server login name of the SQL administrator. */
  admin_login?: K<string | null>;
  infrastructure_encryption?: K<boolean>;
  /** Server parameters as effective values (`log_checkpoints` → `on`), provider defaults applied. */
  parameters?: Record<string, K<string>>;
  /** Keys / passwords accepted besides Entra ID (Cosmos DB `local_authentication_disabled = false`). */
  local_auth?: K<boolean>;
  /** Cosmos DB accepts only traffic from its allowed VNet subnets (`is_virtual_network_filter_enabled`). */
  network_filter?: K<boolean>;
}

/** `sql_database`: one database of an Azure SQL logical server. */
export interface SqlDatabaseConfig {
  /** Transparent data encryption. */
  encryption: EncryptionConfig;
  auditing: { enabled: K<boolean>; retention_days?: K<number | null> };
  backup: { enabled: K<boolean>; retention_days?: K<number | null> };
}

/** `database_firewall_rule`: one IP range a database or cache server admits. */
export interface DatabaseFirewallRuleConfig {
  start_ip: K<string>;
  end_ip: K<string>;
  /** The range admits internet addresses and is wider than a /24. */
  wide_internet_range: K<boolean>;
  /** `0.0.0.0`-`0.0.0.0`: Azure's "allow access from Azure services" (any tenant's Azure addresses). */
  allows_azure_services: K<boolean>;
}

/** Azure extras of `compute_instance`. */
export interface AzureComputeConfig {
  /** SSH password logins are allowed (Linux VMs). */
  password_auth?: K<boolean>;
  /** VM extensions may be installed. */
  extension_operations?: K<boolean>;
  /** Temp disks and caches are encrypted on the host. */
  encryption_at_host?: K<boolean>;
}

/** Azure extras of `iam_binding` (role assignments) and `iam_role` (role definitions). */
export interface AzureRoleConfig {
  /** `management_group`, `subscription`, `resource_group`, `resource`. */
  scope_level?: K<string>;
  /** `user`, `group`, `service_principal`, `managed_identity`. */
  principal_kind?: K<string>;
}

/** `activity_alert`: an alert on activity log (control plane) operations. */
export interface ActivityAlertConfig {
  enabled: K<boolean>;
  /** Operation names the alert fires on, lower-case (`microsoft.network/networksecuritygroups/write`). */
  operations: K<string[]>;
  /** The alert watches a whole subscription. */
  subscription_scope?: K<boolean>;
}

/** Azure extras of `audit_log` (activity log exports). */
export interface AzureAuditLogConfig {
  /** Activity log categories exported, lower-case (`administrative`, `security`, …; `alllogs` for the group). */
  categories?: K<string[]>;
  /** Where a diagnostic setting sends them: `log_analytics_workspace`, `storage_account`, `eventhub_authorization_rule`. */
  destination?: K<string | null>;
}

/** Azure extras of `load_balancer` (Application Gateway). */
export interface AzureGatewayConfig {
  /** WAF mode, lower-case: `detection` or `prevention`. */
  waf_mode?: K<string>;
}

/** `flow_log`: an NSG or VNet flow log. */
export interface FlowLogConfig {
  enabled: K<boolean>;
  /** Days the records are kept; 0 means forever; null when no retention policy is enabled. */
  retention_days: K<number | null>;
  traffic_analytics?: K<boolean>;
}

/** `security_contact`: who Defender for Cloud notifies. */
export interface SecurityContactConfig {
  email: K<string | null>;
  alert_notifications: K<boolean>;
  alerts_to_admins: K<boolean>;
}

/** Azure extras of `threat_detection` (a Defender for Cloud plan). */
export interface DefenderPlanConfig {
  /** The plan's resource type (`VirtualMachines`, `SqlServers`, `StorageAccounts`, …). */
  plan?: K<string>;
}

/** `messaging_namespace`: Event Hubs / Service Bus namespace. */
export interface MessagingNamespaceConfig {
  /** SAS keys are accepted besides Entra ID. */
  local_auth: K<boolean>;
  min_tls_version?: K<string>;
  public_network_access?: K<boolean>;
}

/** `network_interface`: a NIC. */
export interface NetworkInterfaceConfig {
  ip_forwarding: K<boolean>;
  public_ip: K<boolean>;
}

/** Azure extras of `cache_cluster` (Azure Cache for Redis). */
export interface AzureCacheConfig {
  min_tls_version?: K<string>;
  public_network_access?: K<boolean>;
  /** A patch schedule pins updates to a maintenance window. */
  patch_schedule?: K<boolean>;
}

/** Azure extras of `container_registry` (ACR). */
export interface AzureRegistryConfig {
  /** The single admin user with a shared password is enabled. */
  admin_user?: K<boolean>;
  public_network_access?: K<boolean>;
}

/** Azure extras of `disk`. */
export interface AzureDiskConfig {
  /** Azure Disk Encryption (BitLocker / dm-crypt inside the guest) is configured on the disk. */
  guest_encryption?: { enabled: K<boolean> };
}

/** Azure extras of `network` (VNet). */
export interface AzureNetworkConfig {
  ddos_protection?: K<boolean>;
}

/**
 * Kubernetes objects (`provider: "kubernetes"`). Every namespaced type carries `namespace`
 * (`default` when the manifest names none: that is where `kubectl apply` puts it) and
 * `namespace_set` (the manifest names one).
 */
export interface KubernetesNamespacedConfig {
  namespace: K<string>;
  namespace_set: K<boolean>;
}

/** One container of a pod template, with pod-level security settings already applied where the container inherits them. */
export interface KubernetesContainerConfig {
  name: K<string>;
  /** `container`, `init` or `ephemeral`. */
  role: "container" | "init" | "ephemeral";
  image: K<string | null>;
  /** Tag written in the image reference; null when none (Docker then pulls `latest`). */
  image_tag: K<string | null>;
  /** `sha256:…` digest written in the image reference, or null. */
  image_digest: K<string | null>;
  /** Effective pull policy: as written, else the API default (`Always` for `latest` or no tag, `IfNotPresent` otherwise). */
  image_pull_policy: K<string>;
  privileged: K<boolean>;
  /** Effective: the API allows escalation unless it is set to false. */
  allow_privilege_escalation: K<boolean>;
  read_only_root_filesystem: K<boolean>;
  /** Container setting, else the pod's; false when neither says. */
  run_as_non_root: K<boolean>;
  /** Container setting, else the pod's; null when neither says (the image's USER decides). */
  run_as_user: K<number | null>;
  /** Capabilities added / dropped, upper case without the `CAP_` prefix. */
  capabilities_added: K<string[]>;
  capabilities_dropped: K<string[]>;
  /** `RuntimeDefault`, `Localhost`, `Unconfined`, or null when unset (field, else pod field, else legacy annotations). */
  seccomp_profile: K<string | null>;
  /** `RuntimeDefault`, `Localhost`, `Unconfined`, or null when unset (field or annotation). */
  apparmor_profile: K<string | null>;
  /** `Default` unless set to `Unmasked`. */
  proc_mount: K<string>;
  /** SELinux options that PSS restricts: a type outside the container types, or a user / role. */
  selinux_custom: K<boolean>;
  /** Windows HostProcess container. */
  host_process: K<boolean>;
  host_ports: K<number[]>;
  /** Quantities as written; requests default to limits as the API server does. */
  resources: {
    cpu_limit: K<string | null>;
    memory_limit: K<string | null>;
    cpu_request: K<string | null>;
    memory_request: K<string | null>;
  };
  liveness_probe: K<boolean>;
  readiness_probe: K<boolean>;
  /** Names of env variables that look like secrets (password, token, key…) and carry a literal value. */
  env_secret_literals: K<string[]>;
  /** Env variables (and `envFrom` entries) filled from Secrets. */
  env_from_secrets: K<string[]>;
}

/** `kubernetes_workload`: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob. */
export interface KubernetesWorkloadConfig extends KubernetesNamespacedConfig {
  kind: string;
  /** Labels of the pods it creates, for NetworkPolicy selection. */
  pod_labels: K<Record<string, string>>;
  host_network: K<boolean>;
  host_pid: K<boolean>;
  host_ipc: K<boolean>;
  /** `serviceAccountName`, `default` when unset. */
  service_account: K<string>;
  /** The pod's own `automountServiceAccountToken`; null when unset (the service account decides, default true). */
  automount_service_account_token: K<boolean | null>;
  /** `hostPath` volumes: name and host path. */
  host_path_volumes: K<Array<{ name: string; path: string }>>;
  /** Volume kinds used (`hostPath`, `emptyDir`, `secret`, …), for PSS restricted. */
  volume_types: K<string[]>;
  /** Sysctls set on the pod, by name. */
  sysctls: K<string[]>;
  containers: KubernetesContainerConfig[];
}

/** `kubernetes_role`: Role or ClusterRole. */
export interface KubernetesRoleConfig {
  cluster_scoped: boolean;
  rules: K<Array<{ api_groups: string[]; resources: string[]; verbs: string[]; resource_names: string[] }>>;
}

/** `kubernetes_role_binding`: RoleBinding or ClusterRoleBinding. */
export interface KubernetesRoleBindingConfig {
  cluster_scoped: boolean;
  role_ref: { kind: K<string>; name: K<string> };
  subjects: K<Array<{ kind: string; name: string; namespace: string | null }>>;
}

/** `kubernetes_service_account`. */
export interface KubernetesServiceAccountConfig extends KubernetesNamespacedConfig {
  /** Null when unset: tokens are then mounted into pods by default. */
  automount_service_account_token: K<boolean | null>;
}

/** `kubernetes_service`. */
export interface KubernetesServiceConfig extends KubernetesNamespacedConfig {
  /** `ClusterIP` when unset. */
  service_type: K<string>;
  /** A LoadBalancer service asks for an internal load balancer (cloud annotations). */
  internal_load_balancer: K<boolean>;
  selector: K<Record<string, string>>;
}

/** `kubernetes_network_policy`. */
export interface KubernetesNetworkPolicyConfig extends KubernetesNamespacedConfig {
  /** `matchLabels` of `podSelector`; `{}` selects every pod of the namespace. Unknown when `matchExpressions` decide. */
  pod_selector: K<Record<string, string>>;
  policy_types: K<string[]>;
}

/** `kubernetes_ingress`. */
export interface KubernetesIngressConfig extends KubernetesNamespacedConfig {
  /** Hosts served over TLS (`spec.tls`); an Ingress without it serves plain HTTP. */
  tls: K<boolean>;
}

/** `kubernetes_namespace`. */
export interface KubernetesNamespaceConfig {
  /** Pod Security admission level enforced by the namespace label (`baseline`, `restricted`, `privileged`), null when unlabelled. */
  pod_security_enforce: K<string | null>;
}
