import type { Rule } from "../rule.ts";
import { azureStorageAccountHttpsOnly } from "./azure-storage-account-https-only.ts";
import { azureStorageAccountMinTls12 } from "./azure-storage-account-min-tls-1-2.ts";
import { azureStorageAccountNetworkDefaultDeny } from "./azure-storage-account-network-default-deny.ts";
import { azureStorageAccountFirewallNotOpenToInternet } from "./azure-storage-account-firewall-not-open-to-internet.ts";
import { azureStorageAccountDisallowsPublicBlobAccess } from "./azure-storage-account-disallows-public-blob-access.ts";
import { azureStorageAccountSharedKeyAccessDisabled } from "./azure-storage-account-shared-key-access-disabled.ts";
import { azureStorageAccountInfrastructureEncryptionEnabled } from "./azure-storage-account-infrastructure-encryption-enabled.ts";
import { azureStorageAccountBlobSoftDeleteEnabled } from "./azure-storage-account-blob-soft-delete-enabled.ts";
import { azureStorageAccountContainerSoftDeleteEnabled } from "./azure-storage-account-container-soft-delete-enabled.ts";
import { azureStorageAccountQueueLoggingEnabled } from "./azure-storage-account-queue-logging-enabled.ts";
import { azureStorageAccountTrustedServicesAllowed } from "./azure-storage-account-trusted-services-allowed.ts";
import { azureStorageAccountUsesCustomerManagedKey } from "./azure-storage-account-uses-customer-managed-key.ts";
import { azureSqlServerAuditingEnabled } from "./azure-sql-server-auditing-enabled.ts";
import { azureSqlAuditRetention90Days } from "./azure-sql-audit-retention-90-days.ts";
import { azureDatabaseThreatDetectionEnabled } from "./azure-database-threat-detection-enabled.ts";
import { azureSqlThreatAlertsNotifySomeone } from "./azure-sql-threat-alerts-notify-someone.ts";
import { azureSqlServerHasEntraAdmin } from "./azure-sql-server-has-entra-admin.ts";
import { azureDatabaseMinTls12 } from "./azure-database-min-tls-1-2.ts";
import { azureDatabaseFirewallRuleNotOpenToInternet } from "./azure-database-firewall-rule-not-open-to-internet.ts";
import { azureDatabaseFirewallNotAllowingAllAzureServices } from "./azure-database-firewall-not-allowing-all-azure-services.ts";
import { azureDatabasePublicNetworkAccessDisabled } from "./azure-database-public-network-access-disabled.ts";
import { azureDatabaseTlsEnforced } from "./azure-database-tls-enforced.ts";
import { azurePostgresqlLogCheckpointsOn } from "./azure-postgresql-log-checkpoints-on.ts";
import { azurePostgresqlLogConnectionsOn } from "./azure-postgresql-log-connections-on.ts";
import { azurePostgresqlLogDisconnectionsOn } from "./azure-postgresql-log-disconnections-on.ts";
import { azurePostgresqlConnectionThrottlingEnabled } from "./azure-postgresql-connection-throttling-enabled.ts";
import { azurePostgresqlLogRetentionOver3Days } from "./azure-postgresql-log-retention-over-3-days.ts";
import { azureDatabaseGeoRedundantBackupEnabled } from "./azure-database-geo-redundant-backup-enabled.ts";
import { azureDatabaseInfrastructureEncryptionEnabled } from "./azure-database-infrastructure-encryption-enabled.ts";
import { azureCosmosdbLocalAuthDisabled } from "./azure-cosmosdb-local-auth-disabled.ts";
import { azureSqlAdminLoginNotPredictable } from "./azure-sql-admin-login-not-predictable.ts";
import { azureKeyVaultPurgeProtectionEnabled } from "./azure-key-vault-purge-protection-enabled.ts";
import { azureKeyVaultRbacAuthorization } from "./azure-key-vault-rbac-authorization.ts";
import { azureKeyVaultNetworkRestricted } from "./azure-key-vault-network-restricted.ts";
import { azureKeyVaultLoggingEnabled } from "./azure-key-vault-logging-enabled.ts";
import { azureKeyVaultKeyHasExpiration } from "./azure-key-vault-key-has-expiration.ts";
import { azureKeyVaultSecretHasExpiration } from "./azure-key-vault-secret-has-expiration.ts";
import { azureKeyVaultSecretHasContentType } from "./azure-key-vault-secret-has-content-type.ts";
import { azureFlowLogEnabled } from "./azure-flow-log-enabled.ts";
import { azureFlowLogRetention90Days } from "./azure-flow-log-retention-90-days.ts";
import { azureNetworkInterfaceIpForwardingDisabled } from "./azure-network-interface-ip-forwarding-disabled.ts";
import { azureVnetDdosProtectionEnabled } from "./azure-vnet-ddos-protection-enabled.ts";
import { azureLinuxVmPasswordAuthenticationDisabled } from "./azure-linux-vm-password-authentication-disabled.ts";
import { azureVmDiskUsesCustomerManagedKey } from "./azure-vm-disk-uses-customer-managed-key.ts";
import { azureManagedDiskGuestEncryptionNotDisabled } from "./azure-managed-disk-guest-encryption-not-disabled.ts";
import { azureVmEncryptionAtHostEnabled } from "./azure-vm-encryption-at-host-enabled.ts";
import { azureVmUsesManagedIdentity } from "./azure-vm-uses-managed-identity.ts";
import { azureAppServiceHttpsOnly } from "./azure-app-service-https-only.ts";
import { azureAppServiceMinTls12 } from "./azure-app-service-min-tls-1-2.ts";
import { azureAppServiceFtpsOnly } from "./azure-app-service-ftps-only.ts";
import { azureAppServiceClientCertificatesRequired } from "./azure-app-service-client-certificates-required.ts";
import { azureAppServiceAuthenticationEnabled } from "./azure-app-service-authentication-enabled.ts";
import { azureAppServiceManagedIdentity } from "./azure-app-service-managed-identity.ts";
import { azureAppServiceHttp2Enabled } from "./azure-app-service-http2-enabled.ts";
import { azureAppServiceRemoteDebuggingDisabled } from "./azure-app-service-remote-debugging-disabled.ts";
import { azureAppServiceRuntimeSupported } from "./azure-app-service-runtime-supported.ts";
import { azureAksRbacEnabled } from "./azure-aks-rbac-enabled.ts";
import { azureAksEntraIntegrationEnabled } from "./azure-aks-entra-integration-enabled.ts";
import { azureAksApiServerAccessRestricted } from "./azure-aks-api-server-access-restricted.ts";
import { azureAksNetworkPolicyEnabled } from "./azure-aks-network-policy-enabled.ts";
import { azureAksLocalAccountsDisabled } from "./azure-aks-local-accounts-disabled.ts";
import { azureAksAzurePolicyEnabled } from "./azure-aks-azure-policy-enabled.ts";
import { azureAksDashboardDisabled } from "./azure-aks-dashboard-disabled.ts";
import { azureAksApiServerLogsCollected } from "./azure-aks-api-server-logs-collected.ts";
import { azureActivityLogRetention365Days } from "./azure-activity-log-retention-365-days.ts";
import { azureActivityLogExportsAllCategories } from "./azure-activity-log-exports-all-categories.ts";
import { azureDefenderPlanStandard } from "./azure-defender-plan-standard.ts";
import { azureSecurityContactAlertsEnabled } from "./azure-security-contact-alerts-enabled.ts";
import { azureDefenderAutoProvisioningOn } from "./azure-defender-auto-provisioning-on.ts";
import { azureRedisMinTls12 } from "./azure-redis-min-tls-1-2.ts";
import { azureRedisNonSslPortDisabled } from "./azure-redis-non-ssl-port-disabled.ts";
import { azureRedisPatchScheduleSet } from "./azure-redis-patch-schedule-set.ts";
import { azureContainerRegistryAdminUserDisabled } from "./azure-container-registry-admin-user-disabled.ts";
import { azureContainerRegistryPublicNetworkDisabled } from "./azure-container-registry-public-network-disabled.ts";
import { azureApplicationGatewayWafEnabled } from "./azure-application-gateway-waf-enabled.ts";
import { azureMessagingNamespaceLocalAuthDisabled } from "./azure-messaging-namespace-local-auth-disabled.ts";
import { azureMessagingNamespaceMinTls12 } from "./azure-messaging-namespace-min-tls-1-2.ts";
import { azureAksDiskUsesCustomerManagedKey } from "./azure-aks-disk-uses-customer-managed-key.ts";
import { azureStorageAccountCrossTenantReplicationDisabled } from "./azure-storage-account-cross-tenant-replication-disabled.ts";
import { azureRoleAssignmentMachineIdentityNotPrivileged } from "./azure-role-assignment-machine-identity-not-privileged.ts";
import { azureNsgRestrictsUdpFromInternet } from "./azure-nsg-restricts-udp-from-internet.ts";
import { azureCustomRoleCannotManageAccess } from "./azure-custom-role-cannot-manage-access.ts";

export const rules: Rule[] = [
  azureStorageAccountHttpsOnly,
  azureStorageAccountMinTls12,
  azureStorageAccountNetworkDefaultDeny,
  azureStorageAccountFirewallNotOpenToInternet,
  azureStorageAccountDisallowsPublicBlobAccess,
  azureStorageAccountSharedKeyAccessDisabled,
  azureStorageAccountInfrastructureEncryptionEnabled,
  azureStorageAccountBlobSoftDeleteEnabled,
  azureStorageAccountContainerSoftDeleteEnabled,
  azureStorageAccountQueueLoggingEnabled,
  azureStorageAccountTrustedServicesAllowed,
  azureStorageAccountUsesCustomerManagedKey,
  azureSqlServerAuditingEnabled,
  azureSqlAuditRetention90Days,
  azureDatabaseThreatDetectionEnabled,
  azureSqlThreatAlertsNotifySomeone,
  azureSqlServerHasEntraAdmin,
  azureDatabaseMinTls12,
  azureDatabaseFirewallRuleNotOpenToInternet,
  azureDatabaseFirewallNotAllowingAllAzureServices,
  azureDatabasePublicNetworkAccessDisabled,
  azureDatabaseTlsEnforced,
  azurePostgresqlLogCheckpointsOn,
  azurePostgresqlLogConnectionsOn,
  azurePostgresqlLogDisconnectionsOn,
  azurePostgresqlConnectionThrottlingEnabled,
  azurePostgresqlLogRetentionOver3Days,
  azureDatabaseGeoRedundantBackupEnabled,
  azureDatabaseInfrastructureEncryptionEnabled,
  azureCosmosdbLocalAuthDisabled,
  azureSqlAdminLoginNotPredictable,
  azureKeyVaultPurgeProtectionEnabled,
  azureKeyVaultRbacAuthorization,
  azureKeyVaultNetworkRestricted,
  azureKeyVaultLoggingEnabled,
  azureKeyVaultKeyHasExpiration,
  azureKeyVaultSecretHasExpiration,
  azureKeyVaultSecretHasContentType,
  azureFlowLogEnabled,
  azureFlowLogRetention90Days,
  azureNetworkInterfaceIpForwardingDisabled,
  azureVnetDdosProtectionEnabled,
  azureLinuxVmPasswordAuthenticationDisabled,
  azureVmDiskUsesCustomerManagedKey,
  azureManagedDiskGuestEncryptionNotDisabled,
  azureVmEncryptionAtHostEnabled,
  azureVmUsesManagedIdentity,
  azureAppServiceHttpsOnly,
  azureAppServiceMinTls12,
  azureAppServiceFtpsOnly,
  azureAppServiceClientCertificatesRequired,
  azureAppServiceAuthenticationEnabled,
  azureAppServiceManagedIdentity,
  azureAppServiceHttp2Enabled,
  azureAppServiceRemoteDebuggingDisabled,
  azureAppServiceRuntimeSupported,
  azureAksRbacEnabled,
  azureAksEntraIntegrationEnabled,
  azureAksApiServerAccessRestricted,
  azureAksNetworkPolicyEnabled,
  azureAksLocalAccountsDisabled,
  azureAksAzurePolicyEnabled,
  azureAksDashboardDisabled,
  azureAksApiServerLogsCollected,
  azureActivityLogRetention365Days,
  azureActivityLogExportsAllCategories,
  azureDefenderPlanStandard,
  azureSecurityContactAlertsEnabled,
  azureDefenderAutoProvisioningOn,
  azureRedisMinTls12,
  azureRedisNonSslPortDisabled,
  azureRedisPatchScheduleSet,
  azureContainerRegistryAdminUserDisabled,
  azureContainerRegistryPublicNetworkDisabled,
  azureApplicationGatewayWafEnabled,
  azureMessagingNamespaceLocalAuthDisabled,
  azureMessagingNamespaceMinTls12,
  azureAksDiskUsesCustomerManagedKey,
  azureStorageAccountCrossTenantReplicationDisabled,
  azureRoleAssignmentMachineIdentityNotPrivileged,
  azureNsgRestrictsUdpFromInternet,
  azureCustomRoleCannotManageAccess,
];
