import { ruleTester } from "../testing/tester.ts";
import { azureApplicationGatewayWafEnabled } from "./azure-application-gateway-waf-enabled.ts";

ruleTester(azureApplicationGatewayWafEnabled, {
  fail: [
    {
      name: "WAF configured but disabled",
      format: "terraform",
      line: 23,
      files: `resource "azurerm_application_gateway" "gw" {
  name                = "contoso-gw"
  resource_group_name = "rg-net"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw-ip"
    subnet_id = azurerm_subnet.gw.id
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }

  waf_configuration {
    enabled          = false
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}
`,
    },
    {
      name: "standard SKU without WAF",
      format: "terraform",
      files: `resource "azurerm_application_gateway" "gw" {
  name                = "contoso-gw"
  resource_group_name = "rg-net"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw-ip"
    subnet_id = azurerm_subnet.gw.id
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}
`,
    },
  ],
  pass: [
    {
      name: "WAF policy",
      format: "terraform",
      files: `resource "azurerm_application_gateway" "gw" {
  name                = "contoso-gw"
  resource_group_name = "rg-net"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw-ip"
    subnet_id = azurerm_subnet.gw.id
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
  firewall_policy_id = azurerm_web_application_firewall_policy.main.id
}
`,
    },
    {
      name: "inline WAF on",
      format: "terraform",
      files: `resource "azurerm_application_gateway" "gw" {
  name                = "contoso-gw"
  resource_group_name = "rg-net"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw-ip"
    subnet_id = azurerm_subnet.gw.id
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}
`,
    },
  ],
});
