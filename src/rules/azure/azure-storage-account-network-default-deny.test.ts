import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountNetworkDefaultDeny } from "./azure-storage-account-network-default-deny.ts";

ruleTester(azureStorageAccountNetworkDefaultDeny, {
  fail: [
    {
      name: "no network rules at all",
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
      name: "inline default action Allow",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Allow"
  }
}
`,
    },
    {
      name: "separate network rules resource with Allow",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id = azurerm_storage_account.data.id
  default_action     = "Allow"
  bypass             = ["AzureServices"]
}
`,
    },
  ],
  pass: [
    {
      name: "inline Deny",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["203.0.113.10"]
  }
}
`,
    },
    {
      name: "separate network rules resource with Deny",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id         = azurerm_storage_account.data.id
  default_action             = "Deny"
  virtual_network_subnet_ids = [azurerm_subnet.app.id]
}
`,
    },
  ],
});
