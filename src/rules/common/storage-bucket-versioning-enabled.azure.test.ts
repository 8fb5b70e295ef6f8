import { ruleTester } from "../testing/tester.ts";
import { storageBucketVersioningEnabled } from "./storage-bucket-versioning-enabled.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(storageBucketVersioningEnabled, {
  fail: [
    {
      name: "account without blob versioning",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "private"
}
`,
    },
    {
      name: "versioning explicitly off",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties {
    versioning_enabled = false
  }
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "private"
}
`,
    },
  ],
  pass: [
    {
      name: "account versions blobs",
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

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "private"
}
`,
    },
  ],
});
