import { ruleTester } from "../testing/tester.ts";
import { azureVnetDdosProtectionEnabled } from "./azure-vnet-ddos-protection-enabled.ts";

ruleTester(azureVnetDdosProtectionEnabled, {
  fail: [
    {
      name: "no plan",
      format: "terraform",
      files: `resource "azurerm_virtual_network" "main" {
  name                = "contoso-vnet"
  location            = "westeurope"
  resource_group_name = "rg-net"
  address_space       = ["10.0.0.0/16"]
}
`,
    },
  ],
  pass: [
    {
      name: "plan enabled",
      format: "terraform",
      files: `resource "azurerm_virtual_network" "main" {
  name                = "contoso-vnet"
  location            = "westeurope"
  resource_group_name = "rg-net"
  address_space       = ["10.0.0.0/16"]

  ddos_protection_plan {
    id     = azurerm_network_ddos_protection_plan.main.id
    enable = true
  }
}
`,
    },
  ],
});
