import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountUsesCustomerManagedKey } from "./azure-storage-account-uses-customer-managed-key.ts";

ruleTester(azureStorageAccountUsesCustomerManagedKey, {
  fail: [
    {
      name: "platform keys only",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
`,
    },
  ],
  pass: [
    {
      name: "separate customer managed key resource",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_customer_managed_key" "data" {
  storage_account_id = azurerm_storage_account.data.id
  key_vault_id       = azurerm_key_vault.main.id
  key_name           = "storage-cmk"
}
`,
    },
  ],
});
