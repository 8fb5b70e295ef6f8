import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountQueueLoggingEnabled } from "./azure-storage-account-queue-logging-enabled.ts";

ruleTester(azureStorageAccountQueueLoggingEnabled, {
  fail: [
    {
      name: "no queue logging",
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
      name: "reads not logged",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      delete  = true
      read    = false
      write   = true
      version = "1.0"
    }
  }
}
`,
    },
  ],
  pass: [
    {
      name: "all three logged",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      delete                = true
      read                  = true
      write                 = true
      version               = "1.0"
      retention_policy_days = 30
    }
  }
}
`,
    },
  ],
});
