import { settingRule } from "./setting-rule.ts";

/** Key vaults authorize data access with Azure RBAC. */
export const azureKeyVaultRbacAuthorization = settingRule(
  {
    id: "azure-key-vault-rbac-authorization",
    title: "Key vaults authorize data access with Azure RBAC",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["key_vault"],
    rationale:
      "Azure RBAC gives per-secret scoping, PIM just-in-time access and one audit trail; vault access policies are coarse and managed per vault.",
    remediation: {
      text: "Set `enable_rbac_authorization = true` (azurerm 4: `rbac_authorization_enabled`) and grant Key Vault data roles.",
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
    references: ["https://learn.microsoft.com/azure/key-vault/general/rbac-guide"],
  },
  {
    path: "rbac_authorization",
    ok: (v) => v === true,
    message: (r) => `Key vault ${r.name} uses access policies instead of Azure RBAC`,
  },
);
