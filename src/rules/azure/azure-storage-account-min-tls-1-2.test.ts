import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountMinTls12 } from "./azure-storage-account-min-tls-1-2.ts";

ruleTester(azureStorageAccountMinTls12, {
  fail: [
    {
      name: "TLS 1.0 allowed",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version = "TLS1_0"
}
`,
    },
    {
      name: "TLS 1.1 allowed",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version = "TLS1_1"
}
`,
    },
  ],
  pass: [
    {
      name: "default TLS 1.2",
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
      name: "TLS 1.2 written",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  min_tls_version = "TLS1_2"
}
`,
    },
  ],
});
