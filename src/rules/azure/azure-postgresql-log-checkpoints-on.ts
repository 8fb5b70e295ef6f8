import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL servers log checkpoints. */
export const azurePostgresqlLogCheckpointsOn = settingRule(
  {
    id: "azure-postgresql-log-checkpoints-on",
    title: "PostgreSQL servers log checkpoints",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale: "Checkpoint logs show I/O pressure and crash recovery points needed to reconstruct incidents.",
    remediation: {
      text: "Set the server parameter `log_checkpoints` to `on` with an `azurerm_postgresql_configuration`.",
      code: {
        terraform: `resource "azurerm_postgresql_configuration" "log_checkpoints" {
  name                = "log_checkpoints"
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
    path: "parameters.log_checkpoints",
    skipWhen: onlyEngines("postgres"),
    ok: (v) => String(v).toLowerCase() === "on",
    message: (r) => `PostgreSQL server ${r.name} has log_checkpoints off`,
  },
);
