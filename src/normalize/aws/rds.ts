/** Live RDS: DB instances and Aurora clusters → `database_instance`; manual snapshots → `database_snapshot`. */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot } from "@aws-sdk/client-rds";
import type { Resource } from "../../model/resource.ts";
import type { LiveRecord } from "../../sources/aws/record.ts";
import type { KeyIndex } from "./keys.ts";
import { liveResource } from "./resource.ts";

export function normalizeDbInstance(rec: LiveRecord, keys: KeyIndex): Resource {
  const d = rec.data as DBInstance;
  const member = !!d.DBClusterIdentifier;
  return liveResource(rec, "database_instance", {
    engine: d.Engine ?? null,
    public_access: d.PubliclyAccessible === true,
    encryption: {
      enabled: d.StorageEncrypted === true,
      customer_managed_key: d.StorageEncrypted ? keys.customerManaged(d.KmsKeyId) : false,
      key_id: d.KmsKeyId ?? null,
    },
    backup: { enabled: (d.BackupRetentionPeriod ?? 0) > 0, retention_days: d.BackupRetentionPeriod ?? null },
    deletion_protection: d.DeletionProtection === true,
    multi_az: d.MultiAZ === true,
    iam_auth: d.IAMDatabaseAuthenticationEnabled === true,
    logging: { enabled: (d.EnabledCloudwatchLogsExports ?? []).length > 0 },
    auto_minor_version_upgrade: d.AutoMinorVersionUpgrade === true,
    performance_insights: {
      enabled: d.PerformanceInsightsEnabled === true,
      customer_managed_key: d.PerformanceInsightsEnabled
        ? keys.customerManaged(d.PerformanceInsightsKMSKeyId)
        : false,
    },
    cluster_member: member,
  });
}

export function normalizeDbCluster(rec: LiveRecord, keys: KeyIndex): Resource {
  const c = rec.data as DBCluster;
  return liveResource(rec, "database_instance", {
    engine: c.Engine ?? null,
    public_access: c.PubliclyAccessible === true,
    encryption: {
      enabled: c.StorageEncrypted === true,
      customer_managed_key: c.StorageEncrypted ? keys.customerManaged(c.KmsKeyId) : false,
      key_id: c.KmsKeyId ?? null,
    },
    backup: { enabled: (c.BackupRetentionPeriod ?? 0) > 0, retention_days: c.BackupRetentionPeriod ?? null },
    deletion_protection: c.DeletionProtection === true,
    multi_az: c.MultiAZ === true,
    iam_auth: c.IAMDatabaseAuthenticationEnabled === true,
    logging: { enabled: (c.EnabledCloudwatchLogsExports ?? []).length > 0 },
    auto_minor_version_upgrade: c.AutoMinorVersionUpgrade === true,
    cluster_member: false,
  });
}

export function normalizeDbSnapshot(rec: LiveRecord, keys: KeyIndex): Resource {
  const s = rec.data as (DBSnapshot | DBClusterSnapshot) & { RestoreAccounts?: string[] };
  const restore = s.RestoreAccounts ?? [];
  // Instance snapshots say `Encrypted`, cluster snapshots `StorageEncrypted`.
  const encrypted =
    ("Encrypted" in s && s.Encrypted === true) || ("StorageEncrypted" in s && s.StorageEncrypted === true);
  return liveResource(rec, "database_snapshot", {
    encryption: {
      enabled: encrypted,
      customer_managed_key: encrypted ? keys.customerManaged(s.KmsKeyId) : false,
      key_id: s.KmsKeyId ?? null,
    },
    // `all` in the restore attribute makes the snapshot public; the rest are account ids.
    public: restore.includes("all"),
    shared_with: restore.filter((a) => a !== "all"),
  });
}
