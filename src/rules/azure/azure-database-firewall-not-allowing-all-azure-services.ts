import { settingRule } from "./setting-rule.ts";

/** Database firewalls do not admit every Azure service. */
export const azureDatabaseFirewallNotAllowingAllAzureServices = settingRule(
  {
    id: "azure-database-firewall-not-allowing-all-azure-services",
    title: "Database firewalls do not admit every Azure service",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["database_firewall_rule"],
    rationale:
      "The 0.0.0.0 rule ('Allow Azure services') admits traffic from every Azure datacenter address, including virtual machines of any other tenant.",
    remediation: {
      text: "Remove the 0.0.0.0 rule and reach the server through private endpoints or VNet rules.",
      code: {
        terraform: `resource "azurerm_mssql_virtual_network_rule" "app" {
  name      = "app-subnet"
  server_id = azurerm_mssql_server.main.id
  subnet_id = azurerm_subnet.app.id
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/network-access-controls-overview#allow-azure-services",
    ],
  },
  {
    path: "allows_azure_services",
    ok: (v) => v === false,
    message: (r) =>
      `Firewall rule ${r.name} (0.0.0.0-0.0.0.0) lets connections from any Azure subscription, including other customers'`,
  },
);
