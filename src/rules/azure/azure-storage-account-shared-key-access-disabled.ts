import { settingRule } from "./setting-rule.ts";

/** Storage accounts do not accept shared key authorization. */
export const azureStorageAccountSharedKeyAccessDisabled = settingRule(
  {
    id: "azure-storage-account-shared-key-access-disabled",
    title: "Storage accounts do not accept shared key authorization",
    severity: "medium",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Account keys grant full control of every service of the account, never expire and are not tied to an identity; requiring Entra ID authorization makes access auditable and revocable.",
    remediation: {
      text: "Set `shared_access_key_enabled = false` once clients use Entra ID (and set `default_to_oauth_authentication = true` for the portal).",
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                            = "contosodata01"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  https_traffic_only_enabled      = true
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
    ip_rules       = ["203.0.113.0/24"]
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent"],
  },
  {
    path: "shared_key_access",
    ok: (v) => v === false,
    message: (r) => `Storage account ${r.name} accepts requests signed with the account key`,
  },
);
