/**
 * The cross-format parity matrix: one misconfiguration per concern, written in each format it can
 * be written in, with its corrected version. The same rule must fail on every bad version and pass
 * on every good one. Terraform cases are written once as attributes in Terraform's JSON shape and
 * rendered both as HCL and as a `terraform show -json` plan, so HCL and plan say the same thing.
 */
import type { Resource } from "../../src/model/resource.ts";
import { live } from "../../src/normalize/aws/testing.ts";

export type Attrs = Record<string, unknown>;

export interface Concern {
  concern: string;
  rule: string;
  /** One Terraform resource (type, and bad/good attributes), rendered as HCL and as a plan. */
  terraform?: { type: string; bad: Attrs; good: Attrs };
  /** Multi-block Terraform cases, written by hand in both forms. */
  terraformFiles?: { bad: { hcl: string; plan: string }; good: { hcl: string; plan: string } };
  cloudformation?: { type: string; bad: Attrs; good: Attrs };
  /** ARM template resources (the `resources` array), bad and good. */
  arm?: { bad: Attrs[]; good: Attrs[] };
  /** Live-shape cases through the live normalizers, where those exist. */
  live?: { bad: () => Resource[]; good: () => Resource[] };
}

const trail = (validation: boolean) => () =>
  live("AWS::CloudTrail::Trail", {
    Name: "org-trail",
    S3BucketName: "acme-trail",
    IsMultiRegionTrail: true,
    LogFileValidationEnabled: validation,
    HomeRegion: "us-east-1",
    IsLogging: true,
    EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [] }],
    AdvancedEventSelectors: [],
  });

const key = (rotation: boolean) => () =>
  live("AWS::KMS::Key", {
    KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
    KeyMetadata: {
      KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
      Arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      KeyManager: "CUSTOMER",
      KeyState: "Enabled",
      KeySpec: "SYMMETRIC_DEFAULT",
      Enabled: true,
    },
    Rotation: { Enabled: rotation, PeriodDays: rotation ? 365 : null },
    Policy: JSON.stringify({
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:root" },
          Action: "kms:*",
          Resource: "*",
        },
      ],
    }),
  });

const bucket = (versioning: string | null) => () =>
  live("AWS::S3::Bucket", {
    Name: "staging-loans",
    PublicAccessBlock: null,
    AccountPublicAccessBlock: null,
    Policy: null,
    Grants: [{ Grantee: { Type: "CanonicalUser", ID: "abc" }, Permission: "FULL_CONTROL" }],
    OwnershipControls: null,
    ServerSideEncryptionConfiguration: null,
    Versioning: { Status: versioning, MFADelete: null },
    LoggingEnabled: null,
    ObjectLockConfiguration: null,
    LifecycleRules: [],
  });

const adminPolicy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const readPolicy = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::reports/*" }],
};

/** A public EBS snapshot: the permission is its own block, joined to the snapshot by reference. */
const snapshotHcl = (who: string) => `resource "aws_ebs_snapshot" "s" {
  volume_id = "vol-0123456789abcdef0"
}

resource "aws_snapshot_create_volume_permission" "p" {
  snapshot_id = aws_ebs_snapshot.s.id
  account_id  = "${who}"
}
`;
const snapshotPlan = (who: string) =>
  JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.9.0",
    resource_changes: [
      {
        address: "aws_ebs_snapshot.s",
        mode: "managed",
        type: "aws_ebs_snapshot",
        name: "s",
        change: {
          actions: ["create"],
          after: { volume_id: "vol-0123456789abcdef0" },
          after_unknown: { id: true, arn: true },
        },
      },
      {
        address: "aws_snapshot_create_volume_permission.p",
        mode: "managed",
        type: "aws_snapshot_create_volume_permission",
        name: "p",
        change: {
          actions: ["create"],
          after: { account_id: who },
          after_unknown: { snapshot_id: true, id: true },
        },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: "aws_ebs_snapshot.s",
            type: "aws_ebs_snapshot",
            name: "s",
            expressions: { volume_id: { constant_value: "vol-0123456789abcdef0" } },
          },
          {
            address: "aws_snapshot_create_volume_permission.p",
            type: "aws_snapshot_create_volume_permission",
            name: "p",
            expressions: {
              snapshot_id: { references: ["aws_ebs_snapshot.s.id", "aws_ebs_snapshot.s"] },
              account_id: { constant_value: who },
            },
          },
        ],
      },
    },
  });

export const MATRIX: Concern[] = [
  {
    concern: "public bucket",
    rule: "storage-bucket-blocks-public-access",
    terraform: {
      type: "aws_s3_bucket",
      bad: { bucket: "b", acl: "public-read" },
      good: { bucket: "b", acl: "private" },
    },
    cloudformation: {
      type: "AWS::S3::Bucket",
      bad: { AccessControl: "PublicRead" },
      good: { AccessControl: "Private" },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: { allowBlobPublicAccess: true },
        },
        {
          type: "Microsoft.Storage/storageAccounts/blobServices/containers",
          apiVersion: "2023-01-01",
          name: "acmedata/default/reports",
          properties: { publicAccess: "Container" },
        },
      ],
      good: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: { allowBlobPublicAccess: true },
        },
        {
          type: "Microsoft.Storage/storageAccounts/blobServices/containers",
          apiVersion: "2023-01-01",
          name: "acmedata/default/reports",
          properties: { publicAccess: "None" },
        },
      ],
    },
  },
  {
    concern: "bucket versioning",
    rule: "storage-bucket-versioning-enabled",
    terraform: {
      type: "aws_s3_bucket",
      bad: { bucket: "b", versioning: [{ enabled: false }] },
      good: { bucket: "b", versioning: [{ enabled: true }] },
    },
    cloudformation: {
      type: "AWS::S3::Bucket",
      bad: { VersioningConfiguration: { Status: "Suspended" } },
      good: { VersioningConfiguration: { Status: "Enabled" } },
    },
    live: { bad: bucket(null), good: bucket("Enabled") },
    arm: {
      bad: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: {},
        },
        {
          type: "Microsoft.Storage/storageAccounts/blobServices/containers",
          apiVersion: "2023-01-01",
          name: "acmedata/default/reports",
          properties: {},
        },
      ],
      good: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: {},
        },
        {
          type: "Microsoft.Storage/storageAccounts/blobServices",
          apiVersion: "2023-01-01",
          name: "acmedata/default",
          properties: { isVersioningEnabled: true },
        },
        {
          type: "Microsoft.Storage/storageAccounts/blobServices/containers",
          apiVersion: "2023-01-01",
          name: "acmedata/default/reports",
          properties: {},
        },
      ],
    },
  },
  {
    concern: "bucket access logging",
    rule: "storage-bucket-access-logging-enabled",
    terraform: {
      type: "aws_s3_bucket",
      bad: { bucket: "b" },
      good: { bucket: "b", logging: [{ target_bucket: "logs" }] },
    },
    cloudformation: {
      type: "AWS::S3::Bucket",
      bad: { BucketName: "b" },
      good: { LoggingConfiguration: { DestinationBucketName: "logs" } },
    },
  },
  {
    concern: "unencrypted database",
    rule: "database-encrypted-at-rest",
    terraform: {
      type: "aws_db_instance",
      bad: { engine: "mysql", instance_class: "db.t3.micro", storage_encrypted: false },
      good: { engine: "mysql", instance_class: "db.t3.micro", storage_encrypted: true },
    },
    cloudformation: {
      type: "AWS::RDS::DBInstance",
      bad: { Engine: "mysql", DBInstanceClass: "db.t3.micro", StorageEncrypted: false },
      good: { Engine: "mysql", DBInstanceClass: "db.t3.micro", StorageEncrypted: true },
    },
  },
  {
    concern: "public database",
    rule: "database-not-publicly-accessible",
    terraform: {
      type: "aws_db_instance",
      bad: { engine: "postgres", publicly_accessible: true },
      good: { engine: "postgres", publicly_accessible: false },
    },
    cloudformation: {
      type: "AWS::RDS::DBInstance",
      bad: { Engine: "postgres", PubliclyAccessible: true },
      good: { Engine: "postgres", PubliclyAccessible: false },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Sql/servers",
          apiVersion: "2022-05-01-preview",
          name: "acme-sql",
          location: "westeurope",
          properties: { administratorLogin: "dbops", minimalTlsVersion: "1.2" },
        },
        {
          type: "Microsoft.Sql/servers/firewallRules",
          apiVersion: "2022-05-01-preview",
          name: "acme-sql/anyone",
          properties: { startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
        },
      ],
      good: [
        {
          type: "Microsoft.Sql/servers",
          apiVersion: "2022-05-01-preview",
          name: "acme-sql",
          location: "westeurope",
          properties: { administratorLogin: "dbops", minimalTlsVersion: "1.2" },
        },
        {
          type: "Microsoft.Sql/servers/firewallRules",
          apiVersion: "2022-05-01-preview",
          name: "acme-sql/office",
          properties: { startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.10" },
        },
      ],
    },
  },
  {
    concern: "database deletion protection",
    rule: "database-deletion-protection-enabled",
    terraform: {
      type: "aws_db_instance",
      bad: { engine: "mysql" },
      good: { engine: "mysql", deletion_protection: true },
    },
    cloudformation: {
      type: "AWS::RDS::DBInstance",
      bad: { Engine: "mysql" },
      good: { Engine: "mysql", DeletionProtection: true },
    },
  },
  {
    concern: "open management port",
    rule: "firewall-restricts-management-ports",
    terraform: {
      type: "aws_security_group",
      bad: { ingress: [{ protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["0.0.0.0/0"] }] },
      good: { ingress: [{ protocol: "tcp", from_port: 22, to_port: 22, cidr_blocks: ["10.0.0.0/8"] }] },
    },
    cloudformation: {
      type: "AWS::EC2::SecurityGroup",
      bad: {
        GroupDescription: "ssh",
        SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: "0.0.0.0/0" }],
      },
      good: {
        GroupDescription: "ssh",
        SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: "10.0.0.0/8" }],
      },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Network/networkSecurityGroups",
          apiVersion: "2023-04-01",
          name: "web-nsg",
          location: "westeurope",
          properties: {
            securityRules: [
              {
                name: "ssh",
                properties: {
                  priority: 100,
                  direction: "Inbound",
                  access: "Allow",
                  protocol: "Tcp",
                  sourcePortRange: "*",
                  destinationPortRange: "22",
                  sourceAddressPrefix: "Internet",
                  destinationAddressPrefix: "*",
                },
              },
            ],
          },
        },
      ],
      good: [
        {
          type: "Microsoft.Network/networkSecurityGroups",
          apiVersion: "2023-04-01",
          name: "web-nsg",
          location: "westeurope",
          properties: {
            securityRules: [
              {
                name: "ssh",
                properties: {
                  priority: 100,
                  direction: "Inbound",
                  access: "Allow",
                  protocol: "Tcp",
                  sourcePortRange: "*",
                  destinationPortRange: "22",
                  sourceAddressPrefix: "10.0.0.0/8",
                  destinationAddressPrefix: "*",
                },
              },
            ],
          },
        },
      ],
    },
  },
  {
    concern: "wildcard IAM",
    rule: "aws-iam-policy-no-full-admin",
    terraform: {
      type: "aws_iam_policy",
      bad: { policy: JSON.stringify(adminPolicy) },
      good: { policy: JSON.stringify(readPolicy) },
    },
    cloudformation: {
      type: "AWS::IAM::ManagedPolicy",
      bad: { PolicyDocument: adminPolicy },
      good: { PolicyDocument: readPolicy },
    },
  },
  {
    concern: "audit log integrity",
    rule: "audit-log-file-validation-enabled",
    terraform: {
      type: "aws_cloudtrail",
      bad: { name: "t", s3_bucket_name: "logs", enable_log_file_validation: false },
      good: { name: "t", s3_bucket_name: "logs", enable_log_file_validation: true },
    },
    cloudformation: {
      type: "AWS::CloudTrail::Trail",
      bad: { IsLogging: true, S3BucketName: "logs", EnableLogFileValidation: false },
      good: { IsLogging: true, S3BucketName: "logs", EnableLogFileValidation: true },
    },
    live: { bad: trail(false), good: trail(true) },
  },
  {
    concern: "audit log encryption",
    rule: "aws-cloudtrail-encrypted-with-kms",
    terraform: {
      type: "aws_cloudtrail",
      bad: { name: "t", s3_bucket_name: "logs" },
      good: { name: "t", s3_bucket_name: "logs", kms_key_id: "arn:aws:kms:us-east-1:111122223333:key/k" },
    },
    cloudformation: {
      type: "AWS::CloudTrail::Trail",
      bad: { IsLogging: true, S3BucketName: "logs" },
      good: { IsLogging: true, S3BucketName: "logs", KMSKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" },
    },
  },
  {
    concern: "unencrypted disk",
    rule: "disk-encrypted",
    terraform: {
      type: "aws_ebs_volume",
      bad: { availability_zone: "us-east-1a", size: 10, encrypted: false },
      good: { availability_zone: "us-east-1a", size: 10, encrypted: true },
    },
    cloudformation: {
      type: "AWS::EC2::Volume",
      bad: { AvailabilityZone: "us-east-1a", Size: 10, Encrypted: false },
      good: { AvailabilityZone: "us-east-1a", Size: 10, Encrypted: true },
    },
  },
  {
    concern: "public snapshot",
    rule: "disk-snapshot-not-public",
    terraformFiles: {
      bad: { hcl: snapshotHcl("all"), plan: snapshotPlan("all") },
      good: { hcl: snapshotHcl("111122223333"), plan: snapshotPlan("111122223333") },
    },
  },
  {
    concern: "unrotated key",
    rule: "kms-key-rotation-enabled",
    terraform: {
      type: "aws_kms_key",
      bad: { enable_key_rotation: false },
      good: { enable_key_rotation: true },
    },
    cloudformation: {
      type: "AWS::KMS::Key",
      bad: { EnableKeyRotation: false },
      good: { EnableKeyRotation: true },
    },
    live: { bad: key(false), good: key(true) },
    arm: {
      bad: [
        {
          type: "Microsoft.KeyVault/vaults",
          apiVersion: "2023-07-01",
          name: "acme-kv",
          location: "westeurope",
          properties: {
            tenantId: "00000000-0000-0000-0000-000000000000",
            sku: { family: "A", name: "standard" },
            enablePurgeProtection: true,
          },
        },
        {
          type: "Microsoft.KeyVault/vaults/keys",
          apiVersion: "2023-07-01",
          name: "acme-kv/signing",
          properties: { kty: "RSA", keySize: 2048 },
        },
      ],
      good: [
        {
          type: "Microsoft.KeyVault/vaults",
          apiVersion: "2023-07-01",
          name: "acme-kv",
          location: "westeurope",
          properties: {
            tenantId: "00000000-0000-0000-0000-000000000000",
            sku: { family: "A", name: "standard" },
            enablePurgeProtection: true,
          },
        },
        {
          type: "Microsoft.KeyVault/vaults/keys",
          apiVersion: "2023-07-01",
          name: "acme-kv/signing",
          properties: {
            kty: "RSA",
            keySize: 2048,
            rotationPolicy: {
              lifetimeActions: [{ trigger: { timeAfterCreate: "P90D" }, action: { type: "rotate" } }],
              attributes: { expiryTime: "P1Y" },
            },
          },
        },
      ],
    },
  },
  {
    concern: "IMDSv1",
    rule: "aws-ec2-imdsv2-required",
    terraform: {
      type: "aws_launch_template",
      bad: { metadata_options: [{ http_tokens: "optional" }] },
      good: { metadata_options: [{ http_tokens: "required" }] },
    },
    cloudformation: {
      type: "AWS::EC2::LaunchTemplate",
      bad: { LaunchTemplateData: { MetadataOptions: { HttpTokens: "optional" } } },
      good: { LaunchTemplateData: { MetadataOptions: { HttpTokens: "required" } } },
    },
  },
  {
    concern: "unencrypted queue",
    rule: "aws-sqs-queue-encrypted",
    terraform: {
      type: "aws_sqs_queue",
      bad: { name: "q", sqs_managed_sse_enabled: false },
      good: { name: "q", kms_master_key_id: "alias/k" },
    },
    cloudformation: {
      type: "AWS::SQS::Queue",
      bad: { SqsManagedSseEnabled: false },
      good: { KmsMasterKeyId: "alias/k" },
    },
  },
  {
    concern: "unencrypted topic",
    rule: "aws-sns-topic-encrypted",
    terraform: {
      type: "aws_sns_topic",
      bad: { name: "t" },
      good: { name: "t", kms_master_key_id: "alias/k" },
    },
    cloudformation: { type: "AWS::SNS::Topic", bad: { TopicName: "t" }, good: { KmsMasterKeyId: "alias/k" } },
  },
  {
    concern: "public Kubernetes API endpoint",
    rule: "aws-eks-endpoint-not-public",
    terraform: {
      type: "aws_eks_cluster",
      bad: {
        name: "c",
        role_arn: "arn:aws:iam::1:role/r",
        vpc_config: [{ subnet_ids: ["s"], endpoint_public_access: true }],
      },
      good: {
        name: "c",
        role_arn: "arn:aws:iam::1:role/r",
        vpc_config: [{ subnet_ids: ["s"], endpoint_public_access: false }],
      },
    },
    cloudformation: {
      type: "AWS::EKS::Cluster",
      bad: {
        RoleArn: "arn:aws:iam::1:role/r",
        ResourcesVpcConfig: { SubnetIds: ["s"], EndpointPublicAccess: true },
      },
      good: {
        RoleArn: "arn:aws:iam::1:role/r",
        ResourcesVpcConfig: { SubnetIds: ["s"], EndpointPublicAccess: false },
      },
    },
  },
  {
    concern: "image scanning",
    rule: "aws-ecr-scan-on-push-enabled",
    terraform: {
      type: "aws_ecr_repository",
      bad: { name: "r", image_scanning_configuration: [{ scan_on_push: false }] },
      good: { name: "r", image_scanning_configuration: [{ scan_on_push: true }] },
    },
    cloudformation: {
      type: "AWS::ECR::Repository",
      bad: { ImageScanningConfiguration: { ScanOnPush: false } },
      good: { ImageScanningConfiguration: { ScanOnPush: true } },
    },
  },
  {
    concern: "unencrypted file system",
    rule: "aws-efs-encrypted",
    terraform: { type: "aws_efs_file_system", bad: { encrypted: false }, good: { encrypted: true } },
    cloudformation: { type: "AWS::EFS::FileSystem", bad: { Encrypted: false }, good: { Encrypted: true } },
  },
  {
    concern: "table point-in-time recovery",
    rule: "aws-dynamodb-point-in-time-recovery-enabled",
    terraform: {
      type: "aws_dynamodb_table",
      bad: { name: "t", hash_key: "id", point_in_time_recovery: [{ enabled: false }] },
      good: { name: "t", hash_key: "id", point_in_time_recovery: [{ enabled: true }] },
    },
    cloudformation: {
      type: "AWS::DynamoDB::Table",
      bad: { KeySchema: [{ AttributeName: "id", KeyType: "HASH" }] },
      good: {
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      },
    },
  },
  {
    concern: "function tracing",
    rule: "aws-lambda-tracing-enabled",
    terraform: {
      type: "aws_lambda_function",
      bad: { function_name: "f", runtime: "python3.12", tracing_config: [{ mode: "PassThrough" }] },
      good: { function_name: "f", runtime: "python3.12", tracing_config: [{ mode: "Active" }] },
    },
    cloudformation: {
      type: "AWS::Lambda::Function",
      bad: { Runtime: "python3.12", TracingConfig: { Mode: "PassThrough" } },
      good: { Runtime: "python3.12", TracingConfig: { Mode: "Active" } },
    },
  },
  {
    concern: "storage account accepts plain HTTP (Azure)",
    rule: "azure-storage-account-https-only",
    terraform: {
      type: "azurerm_storage_account",
      bad: { name: "acmedata", account_replication_type: "LRS", https_traffic_only_enabled: false },
      good: { name: "acmedata", account_replication_type: "LRS", https_traffic_only_enabled: true },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: { supportsHttpsTrafficOnly: false },
        },
      ],
      good: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: { supportsHttpsTrafficOnly: true },
        },
      ],
    },
  },
  {
    concern: "storage account accepts old TLS (Azure)",
    rule: "azure-storage-account-min-tls-1-2",
    terraform: {
      type: "azurerm_storage_account",
      bad: { name: "acmedata", account_replication_type: "LRS", min_tls_version: "TLS1_0" },
      good: { name: "acmedata", account_replication_type: "LRS", min_tls_version: "TLS1_2" },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: {},
        },
      ],
      good: [
        {
          type: "Microsoft.Storage/storageAccounts",
          apiVersion: "2023-01-01",
          name: "acmedata",
          location: "westeurope",
          sku: { name: "Standard_LRS" },
          kind: "StorageV2",
          properties: { minimumTlsVersion: "TLS1_2" },
        },
      ],
    },
  },
  {
    concern: "key vault can be purged (Azure)",
    rule: "azure-key-vault-purge-protection-enabled",
    terraform: {
      type: "azurerm_key_vault",
      bad: { name: "acme-kv", sku_name: "standard", purge_protection_enabled: false },
      good: { name: "acme-kv", sku_name: "standard", purge_protection_enabled: true },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.KeyVault/vaults",
          apiVersion: "2023-07-01",
          name: "acme-kv",
          properties: { enablePurgeProtection: false },
        },
      ],
      good: [
        {
          type: "Microsoft.KeyVault/vaults",
          apiVersion: "2023-07-01",
          name: "acme-kv",
          properties: { enablePurgeProtection: true },
        },
      ],
    },
  },
  {
    concern: "Kubernetes cluster without RBAC (Azure)",
    rule: "azure-aks-rbac-enabled",
    terraform: {
      type: "azurerm_kubernetes_cluster",
      bad: { name: "aks", dns_prefix: "aks", role_based_access_control_enabled: false },
      good: { name: "aks", dns_prefix: "aks", role_based_access_control_enabled: true },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.ContainerService/managedClusters",
          apiVersion: "2024-02-01",
          name: "aks",
          properties: { dnsPrefix: "aks", enableRBAC: false },
        },
      ],
      good: [
        {
          type: "Microsoft.ContainerService/managedClusters",
          apiVersion: "2024-02-01",
          name: "aks",
          properties: { dnsPrefix: "aks", enableRBAC: true },
        },
      ],
    },
  },
  {
    concern: "web app served over HTTP (Azure)",
    rule: "azure-app-service-https-only",
    terraform: {
      type: "azurerm_linux_web_app",
      bad: { name: "shop", https_only: false, site_config: [{}] },
      good: { name: "shop", https_only: true, site_config: [{}] },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.Web/sites",
          apiVersion: "2023-01-01",
          name: "shop",
          properties: { httpsOnly: false },
        },
      ],
      good: [
        {
          type: "Microsoft.Web/sites",
          apiVersion: "2023-01-01",
          name: "shop",
          properties: { httpsOnly: true },
        },
      ],
    },
  },
  {
    concern: "database accepts unencrypted connections (Azure)",
    rule: "azure-database-tls-enforced",
    terraform: {
      type: "azurerm_postgresql_server",
      bad: { name: "pg", sku_name: "GP_Gen5_2", version: "11", ssl_enforcement_enabled: false },
      good: { name: "pg", sku_name: "GP_Gen5_2", version: "11", ssl_enforcement_enabled: true },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.DBforPostgreSQL/servers",
          apiVersion: "2017-12-01",
          name: "pg",
          properties: { sslEnforcement: "Disabled", createMode: "Default" },
        },
      ],
      good: [
        {
          type: "Microsoft.DBforPostgreSQL/servers",
          apiVersion: "2017-12-01",
          name: "pg",
          properties: { sslEnforcement: "Enabled", createMode: "Default" },
        },
      ],
    },
  },
  {
    concern: "Kubernetes cluster without network policy (Azure)",
    rule: "azure-aks-network-policy-enabled",
    terraform: {
      type: "azurerm_kubernetes_cluster",
      bad: { name: "aks", dns_prefix: "aks", network_profile: [{ network_plugin: "azure" }] },
      good: {
        name: "aks",
        dns_prefix: "aks",
        network_profile: [{ network_plugin: "azure", network_policy: "calico" }],
      },
    },
    arm: {
      bad: [
        {
          type: "Microsoft.ContainerService/managedClusters",
          apiVersion: "2024-02-01",
          name: "aks",
          properties: { dnsPrefix: "aks", networkProfile: { networkPlugin: "azure" } },
        },
      ],
      good: [
        {
          type: "Microsoft.ContainerService/managedClusters",
          apiVersion: "2024-02-01",
          name: "aks",
          properties: {
            dnsPrefix: "aks",
            networkProfile: { networkPlugin: "azure", networkPolicy: "calico" },
          },
        },
      ],
    },
  },
];
