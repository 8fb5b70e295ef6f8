import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountDisallowsPublicBlobAccess } from "./azure-storage-account-disallows-public-blob-access.ts";

ruleTester(azureStorageAccountDisallowsPublicBlobAccess, {
  fail: [
    {
      name: "azurerm 3+ default allows public containers",
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
      name: "explicitly allowed (azurerm 2 name)",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_blob_public_access = true
}
`,
    },
  ],
  pass: [
    {
      name: "disallowed",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = false
}
`,
    },
    {
      name: "azurerm 2 name set false",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_blob_public_access = false
}
`,
    },
  ],
});
