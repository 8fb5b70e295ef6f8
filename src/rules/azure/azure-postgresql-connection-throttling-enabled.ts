import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL servers throttle connections. */
export const azurePostgresqlConnectionThrottlingEnabled = settingRule(
  {
    id: "azure-postgresql-connection-throttling-enabled",
    title: "PostgreSQL servers throttle connections",
    severity: "medium",
    category: "network",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Connection throttling slows password guessing by delaying repeated failed logins from one address.",
    remediation: {
      text: "Set the server parameter `connection_throttling` to `on` with an `azurerm_postgresql_configuration`.",
      code: {
        terraform: `resource "azurerm_postgresql_configuration" "connection_throttling" {
  name                = "connection_throttling"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "on"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs"],
  },
  {
    path: "parameters.connection_throttling",
    skipWhen: onlyEngines("postgres"),
    ok: (v) => String(v).toLowerCase() === "on",
    message: (r) => `PostgreSQL server ${r.name} has connection_throttling off`,
  },
);
