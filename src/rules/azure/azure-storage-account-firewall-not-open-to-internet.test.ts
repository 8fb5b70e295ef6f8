import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountFirewallNotOpenToInternet } from "./azure-storage-account-firewall-not-open-to-internet.ts";

ruleTester(azureStorageAccountFirewallNotOpenToInternet, {
  fail: [
    {
      name: "deny by default but 0.0.0.0/0 admitted",
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
    ip_rules       = ["0.0.0.0/0"]
  }
}
`,
    },
  ],
  pass: [
    {
      name: "a specific range admitted",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Deny"
    ip_rules       = ["198.51.100.0/24"]
  }
}
`,
    },
  ],
});
