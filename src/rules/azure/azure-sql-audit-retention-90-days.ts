import { settingRule } from "./setting-rule.ts";

/** Azure SQL audit logs are kept at least 90 days. */
export const azureSqlAuditRetention90Days = settingRule(
  {
    id: "azure-sql-audit-retention-90-days",
    title: "Azure SQL audit logs are kept at least 90 days",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance", "sql_database"],
    rationale:
      "Investigations often start months after an intrusion; audit logs kept less than 90 days are gone by then. A retention of 0 keeps them forever.",
    remediation: {
      text: "Set `retention_in_days` to 90 or more (or 0 for unlimited) on the auditing policy.",
      code: {
        terraform: `resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id         = azurerm_mssql_server.main.id
  retention_in_days = 90
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/auditing-overview"],
  },
  {
    path: "auditing.retention_days",
    skipWhen: (r) =>
      r.config["engine"] === undefined || r.config["engine"] === "sqlserver" ? undefined : "not a SQL server",
    ok: (v) => typeof v === "number" && (v === 0 || v >= 90),
    message: (r, v) => `SQL auditing of ${r.name} keeps logs only ${String(v)} days`,
  },
);
