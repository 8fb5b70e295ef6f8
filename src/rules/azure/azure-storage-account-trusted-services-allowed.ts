import { settingRule } from "./setting-rule.ts";

/** Storage account firewalls let trusted Microsoft services through. */
export const azureStorageAccountTrustedServicesAllowed = settingRule(
  {
    id: "azure-storage-account-trusted-services-allowed",
    title: "Storage account firewalls let trusted Microsoft services through",
    severity: "low",
    category: "network",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "With a default-deny firewall and no `AzureServices` bypass, Azure Backup, Monitor diagnostic exports and Defender cannot reach the account, which silently breaks logging and backups.",
    remediation: {
      text: "Include `AzureServices` in `network_rules.bypass`.",
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
      "https://learn.microsoft.com/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services",
    ],
  },
  {
    path: "trusted_services_bypass",
    skipWhen: (r) =>
      r.config["network_default_deny"] === true ? undefined : "the firewall does not deny by default",
    ok: (v) => v === true,
    message: (r) => `Storage account ${r.name} firewall does not bypass trusted Microsoft services`,
  },
);
