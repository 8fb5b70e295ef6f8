import { settingRule } from "./setting-rule.ts";

/** Virtual networks are covered by DDoS Network Protection. */
export const azureVnetDdosProtectionEnabled = settingRule(
  {
    id: "azure-vnet-ddos-protection-enabled",
    title: "Virtual networks are covered by DDoS Network Protection",
    severity: "low",
    category: "network",
    providers: ["azure"],
    resource_types: ["network"],
    rationale:
      "Network Protection adds adaptive tuning, attack telemetry and cost protection for public endpoints beyond the basic infrastructure protection.",
    remediation: {
      text: "Attach an `azurerm_network_ddos_protection_plan` with a `ddos_protection_plan { id = ..., enable = true }` block.",
      code: {
        terraform: `resource "azurerm_virtual_network" "main" {
  name                = "contoso-vnet"
  location            = "westeurope"
  resource_group_name = "rg-net"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = azurerm_network_ddos_protection_plan.main.id
    enable = true
  }
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"],
  },
  {
    path: "ddos_protection",
    ok: (v) => v === true,
    message: (r) => `Virtual network ${r.name} has no DDoS protection plan`,
  },
);
