import { settingRule } from "./setting-rule.ts";

/** Key vault firewalls deny access by default. */
export const azureKeyVaultNetworkRestricted = settingRule(
  {
    id: "azure-key-vault-network-restricted",
    title: "Key vault firewalls deny access by default",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["key_vault"],
    rationale:
      "A vault reachable from every network exposes its secrets to anyone holding a leaked token; a default-deny firewall or private endpoint limits where requests may come from.",
    remediation: {
      text: 'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` or set `public_network_access_enabled = false` with a private endpoint.',
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
    references: ["https://learn.microsoft.com/azure/key-vault/general/network-security"],
  },
  {
    path: "network_default_deny",
    needs: ["public_network_access"],
    ok: (v, r) => v === true || r.config["public_network_access"] === false,
    message: (r) => `Key vault ${r.name} accepts connections from any network`,
  },
);
