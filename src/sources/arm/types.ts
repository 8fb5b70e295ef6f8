/**
 * The spelling of the Azure resource types Parapet models. ARM treats type names without regard to
 * case (`microsoft.insights/logprofiles` is `Microsoft.Insights/logprofiles`); records carry this
 * spelling so that normalizers, suppressions and reports see one name per type.
 */
export const KNOWN_TYPES: readonly string[] = [
  "Microsoft.Storage/storageAccounts",
  "Microsoft.Storage/storageAccounts/blobServices/containers",
  "Microsoft.Storage/storageAccounts/blobServices",
  "Microsoft.Network/networkSecurityGroups",
  "Microsoft.Network/networkSecurityGroups/securityRules",
  "Microsoft.Network/networkWatchers/flowLogs",
  "Microsoft.Network/virtualNetworks",
  "Microsoft.Network/networkInterfaces",
  "Microsoft.Sql/servers",
  "Microsoft.Sql/servers/firewallRules",
  "Microsoft.Sql/servers/auditingSettings",
  "Microsoft.Sql/servers/extendedAuditingSettings",
  "Microsoft.Sql/servers/securityAlertPolicies",
  "Microsoft.Sql/servers/administrators",
  "Microsoft.Sql/servers/databases",
  "Microsoft.Sql/servers/databases/auditingSettings",
  "Microsoft.Sql/servers/databases/extendedAuditingSettings",
  "Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies",
  "Microsoft.DBforPostgreSQL/servers",
  "Microsoft.DBforMySQL/servers",
  "Microsoft.DBforMariaDB/servers",
  "Microsoft.DBforPostgreSQL/flexibleServers",
  "Microsoft.DBforMySQL/flexibleServers",
  "Microsoft.DBforPostgreSQL/servers/firewallRules",
  "Microsoft.DBforMySQL/servers/firewallRules",
  "Microsoft.DBforMariaDB/servers/firewallRules",
  "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
  "Microsoft.DBforMySQL/flexibleServers/firewallRules",
  "Microsoft.DBforPostgreSQL/servers/configurations",
  "Microsoft.DBforMySQL/servers/configurations",
  "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
  "Microsoft.DBforMySQL/flexibleServers/configurations",
  "Microsoft.KeyVault/vaults",
  "Microsoft.KeyVault/vaults/keys",
  "Microsoft.KeyVault/vaults/secrets",
  "Microsoft.Compute/virtualMachines",
  "Microsoft.Compute/disks",
  "Microsoft.Web/sites",
  "Microsoft.ContainerService/managedClusters",
  "Microsoft.Insights/diagnosticSettings",
  "Microsoft.Insights/logprofiles",
  "Microsoft.Security/pricings",
  "Microsoft.Security/securityContacts",
  "Microsoft.Authorization/roleDefinitions",
  "Microsoft.Web/sites/config",
];

const byLower = new Map(KNOWN_TYPES.map((t) => [t.toLowerCase(), t]));

/** The known spelling of a type, or undefined when Parapet does not model it. */
export function knownSpelling(type: string): string | undefined {
  return byLower.get(type.toLowerCase());
}
