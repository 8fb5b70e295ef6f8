import { settingRule } from "./setting-rule.ts";

/** Storage accounts use infrastructure (double) encryption. */
export const azureStorageAccountInfrastructureEncryptionEnabled = settingRule(
  {
    id: "azure-storage-account-infrastructure-encryption-enabled",
    title: "Storage accounts use infrastructure (double) encryption",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "Infrastructure encryption adds a second, independent layer of AES-256 encryption, so a compromise of one algorithm or key does not expose the data. It can only be set when the account is created.",
    remediation: {
      text: "Set `infrastructure_encryption_enabled = true` on new accounts (it forces a new account).",
      code: {
        terraform: `resource "azurerm_storage_account" "data" {
  name                              = "contosodata01"
  resource_group_name               = "rg-data"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  infrastructure_encryption_enabled = true
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable"],
  },
  {
    path: "infrastructure_encryption",
    ok: (v) => v === true,
    message: (r) => `Storage account ${r.name} does not enable infrastructure encryption`,
  },
);
