import { settingRule } from "./setting-rule.ts";

/** VMs use a managed identity rather than stored credentials. */
export const azureVmUsesManagedIdentity = settingRule(
  {
    id: "azure-vm-uses-managed-identity",
    title: "VMs use a managed identity rather than stored credentials",
    severity: "low",
    category: "identity_access",
    providers: ["azure"],
    resource_types: ["compute_instance"],
    rationale:
      "A managed identity gives the workload short-lived tokens from the platform; without one, applications keep secrets on disk that can be stolen.",
    remediation: {
      text: 'Add an `identity { type = "SystemAssigned" }` block and grant it only the roles it needs.',
      code: {
        terraform: `resource "azurerm_linux_virtual_machine" "vm" {
  name                = "contoso-vm"
  resource_group_name = "rg-app"
  location            = "westeurope"
  size                = "Standard_B2s"
  admin_username      = "azureuser"

  identity {
    type = "SystemAssigned"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"],
  },
  {
    path: "identity",
    ok: (v) => typeof v === "string" && v !== "",
    message: (r) =>
      `VM ${r.name} has no managed identity, so workloads on it need stored credentials to call Azure`,
  },
);
