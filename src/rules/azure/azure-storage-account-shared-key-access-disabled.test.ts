import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountSharedKeyAccessDisabled } from "./azure-storage-account-shared-key-access-disabled.ts";

ruleTester(azureStorageAccountSharedKeyAccessDisabled, {
  fail: [
    {
      name: "default accepts shared keys",
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
    {
      name: "explicitly enabled",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  shared_access_key_enabled = true
}
`,
    },
  ],
  pass: [
    {
      name: "disabled",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  shared_access_key_enabled = false
}
`,
    },
  ],
});
