import { settingRule } from "./setting-rule.ts";

/** Managed disks do not turn Azure Disk Encryption off. */
export const azureManagedDiskGuestEncryptionNotDisabled = settingRule(
  {
    id: "azure-managed-disk-guest-encryption-not-disabled",
    title: "Managed disks do not turn Azure Disk Encryption off",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["disk"],
    rationale:
      "An `encryption_settings` block with `enabled = false` removes in-guest encryption that was configured for the disk; data copied off the VM is then readable.",
    remediation: {
      text: "Set `encryption_settings { enabled = true }` with the Key Vault secret and key, or remove the block and use a disk encryption set.",
      code: {
        terraform: `resource "azurerm_managed_disk" "data" {
  name                 = "data-disk"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = true
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview"],
  },
  {
    path: "guest_encryption.enabled",
    skipWhen: (r) =>
      r.positions?.["guest_encryption.enabled"] ? undefined : "no encryption_settings written",
    ok: (v) => v === true,
    message: (r) => `Managed disk ${r.name} explicitly disables Azure Disk Encryption`,
  },
);
