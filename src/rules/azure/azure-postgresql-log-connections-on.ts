import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL servers log connections. */
export const azurePostgresqlLogConnectionsOn = settingRule(
  {
    id: "azure-postgresql-log-connections-on",
    title: "PostgreSQL servers log connections",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Connection logs record every login attempt, the primary evidence of brute force or stolen credentials.",
    remediation: {
      text: "Set the server parameter `log_connections` to `on` with an `azurerm_postgresql_configuration`.",
      code: {
        terraform: `resource "azurerm_postgresql_configuration" "log_connections" {
  name                = "log_connections"
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
    path: "parameters.log_connections",
    skipWhen: onlyEngines("postgres"),
    ok: (v) => String(v).toLowerCase() === "on",
    message: (r) => `PostgreSQL server ${r.name} has log_connections off`,
  },
);
