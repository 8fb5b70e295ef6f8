import { settingRule, onlyEngines } from "./setting-rule.ts";

/** Azure SQL servers have auditing enabled. */
export const azureSqlServerAuditingEnabled = settingRule(
  {
    id: "azure-sql-server-auditing-enabled",
    title: "Azure SQL servers have auditing enabled",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Server auditing records logins, queries and permission changes for every database; without it a breach or misuse of the data leaves no evidence.",
    remediation: {
      text: "Add an `azurerm_mssql_server_extended_auditing_policy` for the server that sends logs to Log Analytics or a storage account.",
      code: {
        terraform: `resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id              = azurerm_mssql_server.main.id
  log_monitoring_enabled = true
  retention_in_days      = 90
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/auditing-overview"],
  },
  {
    path: "auditing.enabled",
    skipWhen: onlyEngines("sqlserver"),
    ok: (v) => v === true,
    message: (r) => `SQL server ${r.name} has no auditing policy`,
  },
);
