import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountInfrastructureEncryptionEnabled } from "./azure-storage-account-infrastructure-encryption-enabled.ts";

ruleTester(azureStorageAccountInfrastructureEncryptionEnabled, {
  fail: [
    {
      name: "not enabled by default",
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
      name: "explicitly off",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = false
}
`,
    },
  ],
  pass: [
    {
      name: "enabled",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = true
}
`,
    },
  ],
});
