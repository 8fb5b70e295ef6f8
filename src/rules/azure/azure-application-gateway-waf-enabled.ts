import { settingRule } from "./setting-rule.ts";

/** Application gateways run a web application firewall. */
export const azureApplicationGatewayWafEnabled = settingRule(
  {
    id: "azure-application-gateway-waf-enabled",
    title: "Application gateways run a web application firewall",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["load_balancer"],
    rationale:
      "A WAF blocks common web attacks (SQL injection, XSS, known exploits) before they reach the application.",
    remediation: {
      text: 'Use the `WAF_v2` SKU with a `firewall_policy_id` (or `waf_configuration { enabled = true, firewall_mode = "Prevention" }`).',
      code: {
        terraform: `resource "azurerm_application_gateway" "gw" {
  name                = "contoso-gw"
  resource_group_name = "rg-net"
  location            = "westeurope"
  firewall_policy_id  = azurerm_web_application_firewall_policy.main.id

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}`,
      },
    },
    auto_remediable: false,
    references: ["https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview"],
  },
  {
    path: "waf_attached",
    skipWhen: (r) =>
      r.native_type === "azurerm_application_gateway" ? undefined : "not an application gateway",
    ok: (v) => v === true,
    message: (r) => `Application gateway ${r.name} has no enabled WAF`,
  },
);
