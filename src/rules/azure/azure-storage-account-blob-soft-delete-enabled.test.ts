import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountBlobSoftDeleteEnabled } from "./azure-storage-account-blob-soft-delete-enabled.ts";

ruleTester(azureStorageAccountBlobSoftDeleteEnabled, {
  fail: [
    {
      name: "no blob properties",
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
      name: "retention of one day",
      format: "terraform",
      line: 10,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = 1
    }
  }
}
`,
    },
  ],
  pass: [
    {
      name: "14 days",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {
      days = 14
    }
  }
}
`,
    },
    {
      name: "policy block with the 7-day default",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    delete_retention_policy {}
  }
}
`,
    },
  ],
});
