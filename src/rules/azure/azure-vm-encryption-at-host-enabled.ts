import { settingRule } from "./setting-rule.ts";

/** VMs encrypt temp disks and caches at the host. */
export const azureVmEncryptionAtHostEnabled = settingRule(
  {
    id: "azure-vm-encryption-at-host-enabled",
    title: "VMs encrypt temp disks and caches at the host",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["compute_instance"],
    rationale:
      "Server-side encryption covers managed disks only; temporary disks and host caches stay unencrypted unless encryption at host is on.",
    remediation: {
      text: "Set `encryption_at_host_enabled = true` (the subscription feature must be registered).",
      code: {
        terraform: `resource "azurerm_linux_virtual_machine" "vm" {
  name                       = "contoso-vm"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  encryption_at_host_enabled = true
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
    ],
  },
  {
    path: "encryption_at_host",
    ok: (v) => v === true,
    message: (r) =>
      `VM ${r.name} does not use encryption at host, so its temp disk and disk caches are not encrypted`,
  },
);
