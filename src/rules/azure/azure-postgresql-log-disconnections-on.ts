import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL servers log disconnections. */
export const azurePostgresqlLogDisconnectionsOn = settingRule(
  {
    id: "azure-postgresql-log-disconnections-on",
    title: "PostgreSQL servers log disconnections",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Disconnection logs record session ends and durations, completing the trail of who was connected when.",
    remediation: {
      text: "Set the server parameter `log_disconnections` to `on` with an `azurerm_postgresql_configuration`.",
      code: {
        terraform: `resource "azurerm_postgresql_configuration" "log_disconnections" {
  name                = "log_disconnections"
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
    path: "parameters.log_disconnections",
    skipWhen: onlyEngines("postgres"),
    ok: (v) => String(v).toLowerCase() === "on",
    message: (r) => `PostgreSQL server ${r.name} has log_disconnections off`,
  },
);
