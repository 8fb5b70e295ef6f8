import { settingRule } from "./setting-rule.ts";

/** Storage accounts do not replicate to other Entra tenants. */
export const azureStorageAccountCrossTenantReplicationDisabled = settingRule(
  {
    id: "azure-storage-account-cross-tenant-replication-disabled",
    title: "Storage accounts do not replicate to other Entra tenants",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Cross-tenant object replication lets anyone with write access set up a policy that copies blobs into a storage account of another organization, a quiet exfiltration path.",
    remediation: {
      text: "Set `cross_tenant_replication_enabled = false` (the default since azurerm 4.0).",
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                              = "contosodata01"
  resource_group_name               = "rg-data"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  cross_tenant_replication_enabled  = false
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies",
    ],
  },
  {
    path: "cross_tenant_replication",
    ok: (v) => v === false,
    message: (r) => `Storage account ${r.name} allows object replication to accounts in other Entra tenants`,
  },
);
