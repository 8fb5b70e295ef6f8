import { settingRule } from "./setting-rule.ts";

/** Key vaults have purge protection. */
export const azureKeyVaultPurgeProtectionEnabled = settingRule(
  {
    id: "azure-key-vault-purge-protection-enabled",
    title: "Key vaults have purge protection",
    severity: "medium",
    category: "data_protection",
    providers: ["azure"],
    resource_types: ["key_vault"],
    rationale:
      "Without purge protection a deleted vault or key can be purged at once, destroying every secret and making data encrypted with its keys unrecoverable.",
    remediation: {
      text: "Set `purge_protection_enabled = true` (it cannot be turned off again).",
      code: {
        terraform: `resource "azurerm_key_vault" "main" {
  name                       = "contoso-kv"
  location                   = "westeurope"
  resource_group_name        = "rg-sec"
  tenant_id                  = var.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
  enable_rbac_authorization  = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview#purge-protection"],
  },
  {
    path: "purge_protection",
    ok: (v) => v === true,
    message: (r) => `Key vault ${r.name} can be purged during its soft-delete period`,
  },
);
