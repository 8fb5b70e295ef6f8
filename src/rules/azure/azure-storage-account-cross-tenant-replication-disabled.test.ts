import { ruleTester } from "../testing/tester.ts";
import { azureStorageAccountCrossTenantReplicationDisabled } from "./azure-storage-account-cross-tenant-replication-disabled.ts";

ruleTester(azureStorageAccountCrossTenantReplicationDisabled, {
  fail: [
    {
      name: "explicitly allowed",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  cross_tenant_replication_enabled = true
}
`,
    },
  ],
  pass: [
    {
      name: "disabled",
      format: "terraform",
      files: `resource "azurerm_storage_account" "data" {
  name                     = "contosodata01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  cross_tenant_replication_enabled = false
}
`,
    },
  ],
});
