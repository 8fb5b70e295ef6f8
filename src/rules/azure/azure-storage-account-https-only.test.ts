import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountHttpsOnly } from "./azure-storage-account-https-only.ts";

ruleTester(azureStorageAccountHttpsOnly, {
  fail: [
    {
      name: "secure transfer turned off (azurerm 3 name)",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  enable_https_traffic_only = false
}
`,
    },
    {
      name: "secure transfer turned off (azurerm 4 name)",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  https_traffic_only_enabled = false
}
`,
    },
  ],
  pass: [
    {
      name: "default is HTTPS only",
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
      name: "explicitly on",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  https_traffic_only_enabled = true
}
`,
    },
  ],
});
