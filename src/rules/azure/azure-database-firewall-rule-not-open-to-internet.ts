import { settingRule } from "./setting-rule.ts";

/** Database firewall rules do not admit wide internet ranges. */
export const azureDatabaseFirewallRuleNotOpenToInternet = settingRule(
  {
    id: "azure-database-firewall-rule-not-open-to-internet",
    title: "Database firewall rules do not admit wide internet ranges",
    severity: "critical",
    category: "public_exposure",
    providers: ["azure"],
    resource_types: ["database_firewall_rule"],
    rationale:
      "A firewall range such as 0.0.0.0-255.255.255.255 lets anyone on the internet attempt logins against the database or cache; only a password then protects the data.",
    remediation: {
      text: "Narrow the rule to the specific public addresses that need access, or use private endpoints and turn public network access off.",
      code: {
        terraform: `resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/azure-sql/database/firewall-configure",
      "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#firewall",
    ],
  },
  {
    path: "wide_internet_range",
    ok: (v) => v === false,
    message: (r) =>
      `Firewall rule ${r.name} admits ${String(r.config["start_ip"])}-${String(r.config["end_ip"])}, a wide range of internet addresses`,
  },
);
