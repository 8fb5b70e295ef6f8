import type { Rule } from "../rule.ts";
import { auditLogEnabledAllRegions } from "./audit-log-enabled-all-regions.ts";
import { auditLogFileValidationEnabled } from "./audit-log-file-validation-enabled.ts";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled.ts";
import { storageBucketAccessLoggingEnabled } from "./storage-bucket-access-logging-enabled.ts";
import { storageBucketBlocksPublicAccess } from "./storage-bucket-blocks-public-access.ts";
import { storageBucketEncrypted } from "./storage-bucket-encrypted.ts";
import { storageBucketVersioningEnabled } from "./storage-bucket-versioning-enabled.ts";
import { firewallRestrictsManagementPorts } from "./firewall-restricts-management-ports.ts";
import { firewallRestrictsDatabasePorts } from "./firewall-restricts-database-ports.ts";
import { firewallRestrictsAdminServicePorts } from "./firewall-restricts-admin-service-ports.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";
import { diskEncrypted } from "./disk-encrypted.ts";
import { diskAttachedToInstance } from "./disk-attached-to-instance.ts";
import { diskSnapshotEncrypted } from "./disk-snapshot-encrypted.ts";
import { diskSnapshotNotPublic } from "./disk-snapshot-not-public.ts";
import { databaseSnapshotEncrypted } from "./database-snapshot-encrypted.ts";
import { databaseSnapshotNotPublic } from "./database-snapshot-not-public.ts";
import { snapshotNotSharedWithExternalAccounts } from "./snapshot-not-shared-with-external-accounts.ts";
import { databaseNotPubliclyAccessible } from "./database-not-publicly-accessible.ts";
import { databaseEncryptedAtRest } from "./database-encrypted-at-rest.ts";
import { databaseBackupRetentionEnabled } from "./database-backup-retention-enabled.ts";
import { databaseDeletionProtectionEnabled } from "./database-deletion-protection-enabled.ts";
import { computeInstanceHasNoPublicIp } from "./compute-instance-has-no-public-ip.ts";
import { networkFlowLogsEnabled } from "./network-flow-logs-enabled.ts";

export const rules: Rule[] = [
  storageBucketBlocksPublicAccess,
  storageBucketEncrypted,
  storageBucketVersioningEnabled,
  storageBucketAccessLoggingEnabled,
  auditLogEnabledAllRegions,
  auditLogFileValidationEnabled,
  kmsKeyRotationEnabled,
  firewallRestrictsManagementPorts,
  firewallRestrictsDatabasePorts,
  firewallRestrictsAdminServicePorts,
  firewallRestrictsAllPortsFromInternet,
  diskEncrypted,
  diskAttachedToInstance,
  diskSnapshotEncrypted,
  diskSnapshotNotPublic,
  databaseSnapshotEncrypted,
  databaseSnapshotNotPublic,
  snapshotNotSharedWithExternalAccounts,
  databaseNotPubliclyAccessible,
  databaseEncryptedAtRest,
  databaseBackupRetentionEnabled,
  databaseDeletionProtectionEnabled,
  computeInstanceHasNoPublicIp,
  networkFlowLogsEnabled,
];
