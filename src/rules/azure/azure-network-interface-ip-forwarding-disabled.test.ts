import { ruleTester } from "../testing/tester.ts";
import { azureNetworkInterfaceIpForwardingDisabled } from "./azure-network-interface-ip-forwarding-disabled.ts";

ruleTester(azureNetworkInterfaceIpForwardingDisabled, {
  fail: [
    {
      name: "forwarding on",
      format: "terraform",
      line: 5,
      files: `resource "azurerm_network_interface" "nic" {
  name                = "contoso-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"
  enable_ip_forwarding = true

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "azurerm_network_interface" "nic" {
  name                = "contoso-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.app.id
    private_ip_address_allocation = "Dynamic"
  }
}
`,
    },
  ],
});
