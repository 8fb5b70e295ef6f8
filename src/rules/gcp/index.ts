import type { Rule } from "../rule.ts";
import { gcpBigqueryDatasetNotPublic } from "./gcp-bigquery-dataset-not-public.ts";
import { gcpBigqueryEncryptedWithCmek } from "./gcp-bigquery-encrypted-with-cmek.ts";
import { gcpComputeDefaultNetworkNotUsed } from "./gcp-compute-default-network-not-used.ts";
import { gcpComputeDiskEncryptedWithCustomerKey } from "./gcp-compute-disk-encrypted-with-customer-key.ts";
import { gcpComputeInstanceBlocksProjectSshKeys } from "./gcp-compute-instance-blocks-project-ssh-keys.ts";
import { gcpComputeInstanceConfidentialComputingEnabled } from "./gcp-compute-instance-confidential-computing-enabled.ts";
import { gcpComputeInstanceDefaultServiceAccountNotFullAccess } from "./gcp-compute-instance-default-service-account-not-full-access.ts";
import { gcpComputeInstanceIpForwardingDisabled } from "./gcp-compute-instance-ip-forwarding-disabled.ts";
import { gcpComputeInstanceNotDefaultServiceAccount } from "./gcp-compute-instance-not-default-service-account.ts";
import { gcpComputeInstanceOsLoginNotDisabled } from "./gcp-compute-instance-os-login-not-disabled.ts";
import { gcpComputeInstanceSerialPortDisabled } from "./gcp-compute-instance-serial-port-disabled.ts";
import { gcpComputeInstanceShieldedVmEnabled } from "./gcp-compute-instance-shielded-vm-enabled.ts";
import { gcpComputeProjectOsLoginEnabled } from "./gcp-compute-project-os-login-enabled.ts";
import { gcpComputeSubnetFlowLogsEnabled } from "./gcp-compute-subnet-flow-logs-enabled.ts";
import { gcpComputeSubnetPrivateGoogleAccessEnabled } from "./gcp-compute-subnet-private-google-access-enabled.ts";
import { gcpDnsZoneDnssecEnabled } from "./gcp-dns-zone-dnssec-enabled.ts";
import { gcpDnsZoneDnssecNotRsasha1 } from "./gcp-dns-zone-dnssec-not-rsasha1.ts";
import { gcpGkeIpAliasingEnabled } from "./gcp-gke-ip-aliasing-enabled.ts";
import { gcpGkeLegacyAbacDisabled } from "./gcp-gke-legacy-abac-disabled.ts";
import { gcpGkeLegacyAuthenticationDisabled } from "./gcp-gke-legacy-authentication-disabled.ts";
import { gcpGkeLoggingAndMonitoringEnabled } from "./gcp-gke-logging-and-monitoring-enabled.ts";
import { gcpGkeMasterAuthorizedNetworksEnabled } from "./gcp-gke-master-authorized-networks-enabled.ts";
import { gcpGkeNetworkPolicyEnabled } from "./gcp-gke-network-policy-enabled.ts";
import { gcpGkeNodeAutoRepairEnabled } from "./gcp-gke-node-auto-repair-enabled.ts";
import { gcpGkeNodeAutoUpgradeEnabled } from "./gcp-gke-node-auto-upgrade-enabled.ts";
import { gcpGkeNodeLegacyMetadataEndpointsDisabled } from "./gcp-gke-node-legacy-metadata-endpoints-disabled.ts";
import { gcpGkeNodeNotDefaultServiceAccount } from "./gcp-gke-node-not-default-service-account.ts";
import { gcpGkeNodeServiceAccountNotPrivileged } from "./gcp-gke-node-service-account-not-privileged.ts";
import { gcpGkeNodeUsesCosImage } from "./gcp-gke-node-uses-cos-image.ts";
import { gcpGkePrivateNodesEnabled } from "./gcp-gke-private-nodes-enabled.ts";
import { gcpGkeReleaseChannelConfigured } from "./gcp-gke-release-channel-configured.ts";
import { gcpGkeSecretsEncryptedWithKms } from "./gcp-gke-secrets-encrypted-with-kms.ts";
import { gcpGkeShieldedNodesEnabled } from "./gcp-gke-shielded-nodes-enabled.ts";
import { gcpGkeWorkloadIdentityEnabled } from "./gcp-gke-workload-identity-enabled.ts";
import { gcpIamMembersUseCorporateAccounts } from "./gcp-iam-members-use-corporate-accounts.ts";
import { gcpIamNoProjectLevelServiceAccountUserRole } from "./gcp-iam-no-project-level-service-account-user-role.ts";
import { gcpIamServiceAccountHasNoAdminRoles } from "./gcp-iam-service-account-has-no-admin-roles.ts";
import { gcpIamServiceAccountHasNoUserManagedKeys } from "./gcp-iam-service-account-has-no-user-managed-keys.ts";
import { gcpIamUsersHaveNoBasicRoles } from "./gcp-iam-users-have-no-basic-roles.ts";
import { gcpKmsKeyNotPubliclyAccessible } from "./gcp-kms-key-not-publicly-accessible.ts";
import { gcpKmsKeyRotationWithin90Days } from "./gcp-kms-key-rotation-within-90-days.ts";
import { gcpLoggingAuditConfigCoversAllServices } from "./gcp-logging-audit-config-covers-all-services.ts";
import { gcpProjectDefaultNetworkNotCreated } from "./gcp-project-default-network-not-created.ts";
import { gcpPubsubTopicEncryptedWithCmek } from "./gcp-pubsub-topic-encrypted-with-cmek.ts";
import { gcpPubsubTopicNotPublic } from "./gcp-pubsub-topic-not-public.ts";
import { gcpSqlInstanceHasNoPublicIp } from "./gcp-sql-instance-has-no-public-ip.ts";
import { gcpSqlInstancePointInTimeRecoveryEnabled } from "./gcp-sql-instance-point-in-time-recovery-enabled.ts";
import { gcpSqlInstanceRequiresSsl } from "./gcp-sql-instance-requires-ssl.ts";
import { gcpSqlMysqlLocalInfileOff } from "./gcp-sql-mysql-local-infile-off.ts";
import { gcpSqlMysqlSkipShowDatabaseOn } from "./gcp-sql-mysql-skip-show-database-on.ts";
import { gcpSqlPostgresLogConnectionsOn } from "./gcp-sql-postgres-log-connections-on.ts";
import { gcpSqlPostgresLogDisconnectionsOn } from "./gcp-sql-postgres-log-disconnections-on.ts";
import { gcpSqlPostgresLogErrorVerbosityDefault } from "./gcp-sql-postgres-log-error-verbosity-default.ts";
import { gcpSqlPostgresLogLockWaitsOn } from "./gcp-sql-postgres-log-lock-waits-on.ts";
import { gcpSqlPostgresLogMinDurationStatementDisabled } from "./gcp-sql-postgres-log-min-duration-statement-disabled.ts";
import { gcpSqlPostgresLogMinErrorStatementError } from "./gcp-sql-postgres-log-min-error-statement-error.ts";
import { gcpSqlPostgresLogMinMessagesWarning } from "./gcp-sql-postgres-log-min-messages-warning.ts";
import { gcpSqlPostgresLogStatementDdl } from "./gcp-sql-postgres-log-statement-ddl.ts";
import { gcpSqlPostgresPgauditEnabled } from "./gcp-sql-postgres-pgaudit-enabled.ts";
import { gcpSqlSqlserverContainedDatabaseAuthenticationOff } from "./gcp-sql-sqlserver-contained-database-authentication-off.ts";
import { gcpSqlSqlserverCrossDbOwnershipChainingOff } from "./gcp-sql-sqlserver-cross-db-ownership-chaining-off.ts";
import { gcpSqlSqlserverExternalScriptsOff } from "./gcp-sql-sqlserver-external-scripts-off.ts";
import { gcpSqlSqlserverRemoteAccessOff } from "./gcp-sql-sqlserver-remote-access-off.ts";
import { gcpSqlSqlserverTraceFlag3625On } from "./gcp-sql-sqlserver-trace-flag-3625-on.ts";
import { gcpSqlSqlserverUserConnectionsUnlimited } from "./gcp-sql-sqlserver-user-connections-unlimited.ts";
import { gcpSqlSqlserverUserOptionsNotSet } from "./gcp-sql-sqlserver-user-options-not-set.ts";
import { gcpStorageBucketEncryptedWithCmek } from "./gcp-storage-bucket-encrypted-with-cmek.ts";
import { gcpStorageBucketPublicAccessPreventionEnforced } from "./gcp-storage-bucket-public-access-prevention-enforced.ts";
import { gcpStorageBucketUniformAccessEnabled } from "./gcp-storage-bucket-uniform-access-enabled.ts";
import { gcpStorageLogBucketRetentionLocked } from "./gcp-storage-log-bucket-retention-locked.ts";

export const rules: Rule[] = [
  gcpBigqueryDatasetNotPublic,
  gcpBigqueryEncryptedWithCmek,
  gcpComputeDefaultNetworkNotUsed,
  gcpComputeDiskEncryptedWithCustomerKey,
  gcpComputeInstanceBlocksProjectSshKeys,
  gcpComputeInstanceConfidentialComputingEnabled,
  gcpComputeInstanceDefaultServiceAccountNotFullAccess,
  gcpComputeInstanceIpForwardingDisabled,
  gcpComputeInstanceNotDefaultServiceAccount,
  gcpComputeInstanceOsLoginNotDisabled,
  gcpComputeInstanceSerialPortDisabled,
  gcpComputeInstanceShieldedVmEnabled,
  gcpComputeProjectOsLoginEnabled,
  gcpComputeSubnetFlowLogsEnabled,
  gcpComputeSubnetPrivateGoogleAccessEnabled,
  gcpDnsZoneDnssecEnabled,
  gcpDnsZoneDnssecNotRsasha1,
  gcpGkeIpAliasingEnabled,
  gcpGkeLegacyAbacDisabled,
  gcpGkeLegacyAuthenticationDisabled,
  gcpGkeLoggingAndMonitoringEnabled,
  gcpGkeMasterAuthorizedNetworksEnabled,
  gcpGkeNetworkPolicyEnabled,
  gcpGkeNodeAutoRepairEnabled,
  gcpGkeNodeAutoUpgradeEnabled,
  gcpGkeNodeLegacyMetadataEndpointsDisabled,
  gcpGkeNodeNotDefaultServiceAccount,
  gcpGkeNodeServiceAccountNotPrivileged,
  gcpGkeNodeUsesCosImage,
  gcpGkePrivateNodesEnabled,
  gcpGkeReleaseChannelConfigured,
  gcpGkeSecretsEncryptedWithKms,
  gcpGkeShieldedNodesEnabled,
  gcpGkeWorkloadIdentityEnabled,
  gcpIamMembersUseCorporateAccounts,
  gcpIamNoProjectLevelServiceAccountUserRole,
  gcpIamServiceAccountHasNoAdminRoles,
  gcpIamServiceAccountHasNoUserManagedKeys,
  gcpIamUsersHaveNoBasicRoles,
  gcpKmsKeyNotPubliclyAccessible,
  gcpKmsKeyRotationWithin90Days,
  gcpLoggingAuditConfigCoversAllServices,
  gcpProjectDefaultNetworkNotCreated,
  gcpPubsubTopicEncryptedWithCmek,
  gcpPubsubTopicNotPublic,
  gcpSqlInstanceHasNoPublicIp,
  gcpSqlInstancePointInTimeRecoveryEnabled,
  gcpSqlInstanceRequiresSsl,
  gcpSqlMysqlLocalInfileOff,
  gcpSqlMysqlSkipShowDatabaseOn,
  gcpSqlPostgresLogConnectionsOn,
  gcpSqlPostgresLogDisconnectionsOn,
  gcpSqlPostgresLogErrorVerbosityDefault,
  gcpSqlPostgresLogLockWaitsOn,
  gcpSqlPostgresLogMinDurationStatementDisabled,
  gcpSqlPostgresLogMinErrorStatementError,
  gcpSqlPostgresLogMinMessagesWarning,
  gcpSqlPostgresLogStatementDdl,
  gcpSqlPostgresPgauditEnabled,
  gcpSqlSqlserverContainedDatabaseAuthenticationOff,
  gcpSqlSqlserverCrossDbOwnershipChainingOff,
  gcpSqlSqlserverExternalScriptsOff,
  gcpSqlSqlserverRemoteAccessOff,
  gcpSqlSqlserverTraceFlag3625On,
  gcpSqlSqlserverUserConnectionsUnlimited,
  gcpSqlSqlserverUserOptionsNotSet,
  gcpStorageBucketEncryptedWithCmek,
  gcpStorageBucketPublicAccessPreventionEnforced,
  gcpStorageBucketUniformAccessEnabled,
  gcpStorageLogBucketRetentionLocked,
];
