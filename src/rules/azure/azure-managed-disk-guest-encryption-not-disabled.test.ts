import { ruleTester } from "../testing/tester.ts";
import { azureManagedDiskGuestEncryptionNotDisabled } from "./azure-managed-disk-guest-encryption-not-disabled.ts";

ruleTester(azureManagedDiskGuestEncryptionNotDisabled, {
  fail: [
    {
      name: "ADE disabled",
      format: "terraform",
      line: 10,
      files: `resource "azurerm_managed_disk" "data" {
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = false
  }
}
`,
    },
  ],
  pass: [
    {
      name: "ADE enabled",
      format: "terraform",
      files: `resource "azurerm_managed_disk" "data" {
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = true
  }
}
`,
    },
  ],
});
