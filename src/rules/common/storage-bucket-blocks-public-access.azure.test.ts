import { ruleTester } from "../testing/tester.ts";
import { storageBucketBlocksPublicAccess } from "./storage-bucket-blocks-public-access.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(storageBucketBlocksPublicAccess, {
  fail: [
    {
      name: "blob access on an account that allows it (azurerm 3+ default)",
      format: "terraform",
      line: 12,
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
  container_access_type = "blob"
}
`,
    },
    {
      name: "container access, account explicitly allows",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = true
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "container"
}
`,
    },
    {
      name: "account by id (azurerm 4)",
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
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "blob"
}
`,
    },
  ],
  pass: [
    {
      name: "private container (default)",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_container" "docs" {
  name                 = "docs"
  storage_account_name = azurerm_storage_account.data.name
}
`,
    },
    {
      name: "public access type but the account disallows it",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "blob"
}
`,
    },
    {
      name: "azurerm 2 account where public blobs defaulted off",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_blob_public_access = false
}

resource "azurerm_storage_container" "docs" {
  name                  = "docs"
  storage_account_name  = azurerm_storage_account.data.name
  container_access_type = "container"
}
`,
    },
  ],
});
