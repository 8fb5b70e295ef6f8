import { settingRule } from "./setting-rule.ts";

/** Network interfaces do not forward IP traffic. */
export const azureNetworkInterfaceIpForwardingDisabled = settingRule(
  {
    id: "azure-network-interface-ip-forwarding-disabled",
    title: "Network interfaces do not forward IP traffic",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["network_interface"],
    rationale:
      "IP forwarding lets a VM route traffic for other addresses; outside network virtual appliances it lets a compromised VM bypass NSGs and intercept traffic.",
    remediation: {
      text: "Remove `ip_forwarding_enabled = true` (azurerm 3: `enable_ip_forwarding`) unless the VM is a network appliance.",
      code: {
        terraform: `resource "azurerm_network_interface" "nic" {
  name                  = "contoso-nic"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  ip_forwarding_enabled = false

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
  }
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface#enable-or-disable-ip-forwarding",
    ],
  },
  {
    path: "ip_forwarding",
    ok: (v) => v === false,
    message: (r) => `Network interface ${r.name} forwards traffic not addressed to it`,
  },
);
