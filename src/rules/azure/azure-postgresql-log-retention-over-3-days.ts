import { settingRule, onlyEngines } from "./setting-rule.ts";

/** PostgreSQL servers keep logs more than 3 days. */
export const azurePostgresqlLogRetentionOver3Days = settingRule(
  {
    id: "azure-postgresql-log-retention-over-3-days",
    title: "PostgreSQL servers keep logs more than 3 days",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale: "Server logs kept three days or less are gone before most incidents are investigated.",
    remediation: {
      text: "Set the `log_retention_days` server parameter to 4-7 days and export logs with a diagnostic setting for longer keeping.",
      code: {
        terraform: `resource "azurerm_postgresql_configuration" "log_retention_days" {
  name                = "log_retention_days"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "7"
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/postgresql/single-server/concepts-server-logs"],
  },
  {
    path: "parameters.log_retention_days",
    skipWhen: onlyEngines("postgres"),
    ok: (v) => Number(v) > 3,
    message: (r, v) => `PostgreSQL server ${r.name} keeps logs only ${String(v)} days`,
  },
);
