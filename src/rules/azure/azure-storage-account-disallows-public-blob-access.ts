import { settingRule } from "./setting-rule.ts";

/** Storage accounts do not allow public blob containers. */
export const azureStorageAccountDisallowsPublicBlobAccess = settingRule(
  {
    id: "azure-storage-account-disallows-public-blob-access",
    title: "Storage accounts do not allow public blob containers",
    severity: "high",
    category: "public_exposure",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "While the account allows anonymous access, a single container set to `blob` or `container` access exposes its data to anyone; disallowing it at the account is the guard rail that stops mistakes.",
    remediation: {
      text: "Set `allow_nested_items_to_be_public = false` (azurerm 3+, where the default is true; `allow_blob_public_access` in azurerm 2).",
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
    references: ["https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"],
  },
  {
    path: "public_blob_access_allowed",
    ok: (v) => v === false,
    message: (r) =>
      `Storage account ${r.name} allows containers to be made public (anonymous blob access is not disallowed)`,
  },
);
