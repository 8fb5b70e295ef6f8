import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL, MySQL and MariaDB servers require TLS connections. */
export const azureDatabaseTlsEnforced = settingRule(
  {
    id: "azure-database-tls-enforced",
    title: "PostgreSQL, MySQL and MariaDB servers require TLS connections",
    severity: "medium",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Without SSL enforcement, clients may connect in clear text and expose passwords and query results to anyone on the network path.",
    remediation: {
      text: "Set `ssl_enforcement_enabled = true` (single server) or keep the `require_secure_transport` parameter `ON` (flexible server).",
      code: {
        terraform: `resource "azurerm_postgresql_server" "main" {
  name                             = "contoso-pg"
  location                         = "westeurope"
  resource_group_name              = "rg-data"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}`,
      },
    },
    auto_remediable: true,
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-ssl-connection-security",
    ],
  },
  {
    path: "tls_required",
    skipWhen: onlyEngines("postgres", "mysql", "mariadb"),
    ok: (v) => v === true,
    message: (r) => `Database server ${r.name} accepts unencrypted connections`,
  },
);
