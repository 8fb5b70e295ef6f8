import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountTrustedServicesAllowed } from "./azure-storage-account-trusted-services-allowed.ts";

ruleTester(azureStorageAccountTrustedServicesAllowed, {
  fail: [
    {
      name: "bypass only metrics",
      format: "terraform",
      line: 10,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["Metrics"]
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default bypass",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
  }
}
`,
    },
    {
      name: "explicit AzureServices",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices", "Logging"]
  }
}
`,
    },
  ],
});
