import { settingRule } from "./setting-rule.ts";

/** VM and managed disks are encrypted with a customer-managed key. */
export const azureVmDiskUsesCustomerManagedKey = settingRule(
  {
    id: "azure-vm-disk-uses-customer-managed-key",
    title: "VM and managed disks are encrypted with a customer-managed key",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["disk", "compute_instance"],
    rationale:
      "Azure always encrypts managed disks with platform keys; a customer-managed key in a disk encryption set lets you control rotation and revoke access to the disks' data.",
    remediation: {
      text: "Create an `azurerm_disk_encryption_set` and set `disk_encryption_set_id` on the disk (or `os_disk` of the VM).",
      code: {
        terraform: `resource "azurerm_managed_disk" "data" {
  name                   = "data-disk"
  location               = "westeurope"
  resource_group_name    = "rg-app"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.main.id
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/virtual-machines/disk-encryption"],
  },
  {
    path: "encryption.customer_managed_key",
    ok: (v) => v === true,
    message: (r) =>
      `${r.type === "disk" ? "Managed disk" : "VM"} ${r.name} is encrypted with a platform-managed key only`,
  },
);
