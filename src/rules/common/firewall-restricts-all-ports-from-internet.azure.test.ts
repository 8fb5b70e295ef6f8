import { ruleTester } from "../testing/tester.ts";
import { firewallRestrictsAllPortsFromInternet } from "./firewall-restricts-all-ports-from-internet.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(firewallRestrictsAllPortsFromInternet, {
  fail: [
    {
      name: "every port from Internet",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "all"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "one port from Internet",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
`,
    },
    {
      name: "every port from the VNet",
      format: "terraform",
      files: `resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "vnet"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}
`,
    },
  ],
});
