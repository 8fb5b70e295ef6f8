import { ruleTester } from "../testing/tester.ts";
import { azureNsgRestrictsUdpFromInternet } from "./azure-nsg-restricts-udp-from-internet.ts";

const nsg = (rules: string): string => `resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  location            = "westeurope"
  resource_group_name = "rg-net"
${rules}}
`;

const rule = (
  name: string,
  priority: number,
  access: string,
  protocol: string,
  port: string,
  source: string,
): string => `
  security_rule {
    name                       = "${name}"
    priority                   = ${priority}
    direction                  = "Inbound"
    access                     = "${access}"
    protocol                   = "${protocol}"
    source_port_range          = "*"
    destination_port_range     = "${port}"
    source_address_prefix      = "${source}"
    destination_address_prefix = "*"
  }
`;

ruleTester(azureNsgRestrictsUdpFromInternet, {
  fail: [
    {
      name: "inline DNS over UDP from Internet",
      format: "terraform",
      line: 6,
      files: nsg(rule("dns", 100, "Allow", "Udp", "53", "Internet")),
    },
    {
      name: "separate rule with every protocol from *",
      format: "terraform",
      files:
        nsg("") +
        `
resource "azurerm_network_security_rule" "any" {
  name                        = "any"
  priority                    = 300
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "123"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.app.name
}
`,
    },
  ],
  pass: [
    {
      name: "UDP from a branch office only",
      format: "terraform",
      files: nsg(rule("dns", 100, "Allow", "Udp", "53", "198.51.100.0/24")),
    },
    {
      name: "a deny with a lower priority number shadows the allow",
      format: "terraform",
      files: nsg(
        rule("deny-udp", 100, "Deny", "Udp", "*", "Internet") + rule("ntp", 200, "Allow", "Udp", "123", "*"),
      ),
    },
    {
      name: "TCP from the internet is another rule's concern",
      format: "terraform",
      files: nsg(rule("https", 100, "Allow", "Tcp", "443", "Internet")),
    },
  ],
});
