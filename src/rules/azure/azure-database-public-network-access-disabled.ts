import { settingRule } from "./setting-rule.ts";

/** Azure database servers disable public network access. */
export const azureDatabasePublicNetworkAccessDisabled = settingRule(
  {
    id: "azure-database-public-network-access-disabled",
    title: "Azure database servers disable public network access",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "With public network access on, the server's endpoint is reachable from the internet and one firewall mistake exposes it; private endpoints keep it off the internet entirely.",
    remediation: {
      text: "Set `public_network_access_enabled = false` and connect through a private endpoint (or a delegated subnet for flexible servers).",
      code: {
        terraform: `resource "azurerm_mssql_server" "main" {
  name                          = "contoso-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
    ],
  },
  {
    path: "public_network_access",
    ok: (v) => v === false,
    message: (r) => `Database server ${r.name} has a public endpoint (public network access is enabled)`,
  },
);
