import { settingRule } from "./setting-rule.ts";

/** Azure database servers have threat detection enabled. */
export const azureDatabaseThreatDetectionEnabled = settingRule(
  {
    id: "azure-database-threat-detection-enabled",
    title: "Azure database servers have threat detection enabled",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Threat detection alerts on SQL injection, anomalous logins and data exfiltration; without it such attacks go unnoticed.",
    remediation: {
      text: 'Add an `azurerm_mssql_server_security_alert_policy` with `state = "Enabled"` (SQL) or a `threat_detection_policy { enabled = true }` block (PostgreSQL / MySQL single server), or enable the Defender plan for the subscription.',
      code: {
        terraform: `resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name  = "rg-data"
  server_name          = azurerm_mssql_server.main.name
  state                = "Enabled"
  email_account_admins = true
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/threat-detection-overview"],
  },
  {
    path: "threat_detection.enabled",
    ok: (v) => v === true,
    message: (r) => `Database server ${r.name} has no threat detection (Defender) alert policy`,
  },
);
