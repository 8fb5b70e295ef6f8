import { settingRule } from "./setting-rule.ts";

/** Storage accounts accept only HTTPS requests. */
export const azureStorageAccountHttpsOnly = settingRule(
  {
    id: "azure-storage-account-https-only",
    title: "Storage accounts accept only HTTPS requests",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Without secure transfer required, clients may reach blobs, files, queues and tables over plain HTTP, exposing account keys, SAS tokens and data to anyone on the path.",
    remediation: {
      text: "Set `https_traffic_only_enabled = true` (azurerm 4; `enable_https_traffic_only` in azurerm 3), which is the default, or remove the override.",
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
    references: ["https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer"],
  },
  {
    path: "https_only",
    ok: (v) => v === true,
    message: (r) => `Storage account ${r.name} accepts plain HTTP requests (secure transfer is not required)`,
  },
);
