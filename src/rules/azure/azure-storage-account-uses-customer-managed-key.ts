import { settingRule } from "./setting-rule.ts";

/** Storage accounts encrypt data with a customer-managed key. */
export const azureStorageAccountUsesCustomerManagedKey = settingRule(
  {
    id: "azure-storage-account-uses-customer-managed-key",
    title: "Storage accounts encrypt data with a customer-managed key",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["storage_account"],
    rationale:
      "A customer-managed key in Key Vault lets you rotate, audit and revoke the key that protects critical data, and crypto-shred it by disabling the key.",
    remediation: {
      text: "Configure `customer_managed_key { key_vault_key_id = ..., user_assigned_identity_id = ... }` or an `azurerm_storage_account_customer_managed_key`.",
      code: {
        terraform: `resource "azurerm_storage_account_customer_managed_key" "data" {
  storage_account_id = azurerm_storage_account.data.id
  key_vault_id       = azurerm_key_vault.main.id
  key_name           = azurerm_key_vault_key.storage.name
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview"],
  },
  {
    path: "encryption.customer_managed_key",
    ok: (v) => v === true,
    message: (r) => `Storage account ${r.name} uses Microsoft-managed keys only`,
  },
);
