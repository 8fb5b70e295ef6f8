import { settingRule, tlsAtLeast } from "./setting-rule.ts";

/** Storage accounts require TLS 1.2 or later. */
export const azureStorageAccountMinTls12 = settingRule(
  {
    id: "azure-storage-account-min-tls-1-2",
    title: "Storage accounts require TLS 1.2 or later",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "TLS 1.0 and 1.1 have known weaknesses and are deprecated; accepting them lets a downgraded client expose data and credentials in transit.",
    remediation: {
      text: 'Set `min_tls_version = "TLS1_2"` (the default since azurerm 3.0).',
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
    references: [
      "https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version",
    ],
  },
  {
    path: "min_tls_version",
    ok: (v) => tlsAtLeast(v, "1.2"),
    message: (r, v) => `Storage account ${r.name} accepts TLS ${String(v)} connections`,
  },
);
