import { settingRule } from "./setting-rule.ts";

/** Storage account firewalls do not admit the whole internet. */
export const azureStorageAccountFirewallNotOpenToInternet = settingRule(
  {
    id: "azure-storage-account-firewall-not-open-to-internet",
    title: "Storage account firewalls do not admit the whole internet",
    severity: "high",
    category: "public_exposure",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "An IP rule of 0.0.0.0/0 lets every address through the storage firewall, so a `Deny` default action protects nothing.",
    remediation: {
      text: "Replace the 0.0.0.0/0 IP rule with the specific public ranges (or VNet subnets / private endpoints) that need access.",
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
    references: ["https://learn.microsoft.com/azure/storage/common/storage-network-security"],
  },
  {
    path: "network_ip_rules",
    ok: (v) => !(Array.isArray(v) && v.some((ip) => ["0.0.0.0/0", "0.0.0.0", "*"].includes(String(ip)))),
    message: (r) =>
      `Storage account ${r.name} firewall admits 0.0.0.0/0, which defeats its default-deny rule`,
  },
);
