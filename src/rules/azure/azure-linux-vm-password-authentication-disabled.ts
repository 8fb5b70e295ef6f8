import { settingRule } from "./setting-rule.ts";

/** Linux VMs accept SSH keys only. */
export const azureLinuxVmPasswordAuthenticationDisabled = settingRule(
  {
    id: "azure-linux-vm-password-authentication-disabled",
    title: "Linux VMs accept SSH keys only",
    severity: "high",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["compute_instance"],
    rationale:
      "Password logins can be brute-forced from anywhere SSH is reachable; key-only authentication removes that attack.",
    remediation: {
      text: "Remove `disable_password_authentication = false` and provide an `admin_ssh_key` block.",
      code: {
        terraform: `resource "azurerm_linux_virtual_machine" "vm" {
  name                            = "contoso-vm"
  resource_group_name             = "rg-app"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  disable_password_authentication = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = file("~/.ssh/id_ed25519.pub")
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/virtual-machines/linux/create-ssh-keys-detailed"],
  },
  {
    path: "password_auth",
    ok: (v) => v === false,
    message: (r) => `Linux VM ${r.name} allows password authentication`,
  },
);
