import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountContainerSoftDeleteEnabled } from "./azure-storage-account-container-soft-delete-enabled.ts";

ruleTester(azureStorageAccountContainerSoftDeleteEnabled, {
  fail: [
    {
      name: "no container retention",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    versioning_enabled = true
  }
}
`,
    },
  ],
  pass: [
    {
      name: "30 days",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    container_delete_retention_policy {
      days = 30
    }
  }
}
`,
    },
  ],
});
