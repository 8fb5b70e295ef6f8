import { ruleTester } from "../testing/tester.ts";
import { azureVmDiskUsesCustomerManagedKey } from "./azure-vm-disk-uses-customer-managed-key.ts";

ruleTester(azureVmDiskUsesCustomerManagedKey, {
  fail: [
    {
      name: "managed disk with platform key",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "data" {
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}
`,
    },
  ],
  pass: [
    {
      name: "disk encryption set",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "data" {
  name                   = "data-disk"
  location               = "westeurope"
  resource_group_name    = "rg-app"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.main.id
}
`,
    },
  ],
});
