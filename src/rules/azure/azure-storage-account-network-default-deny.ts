import { settingRule } from "./setting-rule.ts";

/** Storage account firewalls deny access by default. */
export const azureStorageAccountNetworkDefaultDeny = settingRule(
  {
    id: "azure-storage-account-network-default-deny",
    title: "Storage account firewalls deny access by default",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "A storage account whose firewall allows by default is reachable from every network on the internet; only keys or SAS tokens then stand between an attacker and the data.",
    remediation: {
      text: 'Add `network_rules { default_action = "Deny" }` (inline or as `azurerm_storage_account_network_rules`) and list the subnets and IP ranges that need access.',
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
    path: "network_default_deny",
    ok: (v) => v === true,
    message: (r) =>
      `Storage account ${r.name} accepts connections from any network (network rules default action is not Deny)`,
  },
);
