import { getPath } from "../../model/value.ts";
import { settingRule } from "./setting-rule.ts";

/** Azure SQL threat alerts are e-mailed to admins or a contact. */
export const azureSqlThreatAlertsNotifySomeone = settingRule(
  {
    id: "azure-sql-threat-alerts-notify-someone",
    title: "Azure SQL threat alerts are e-mailed to admins or a contact",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "An alert nobody receives is no alert: the policy must notify the subscription admins or a security mailbox.",
    remediation: {
      text: "Set `email_account_admins = true` or list `email_addresses` on the security alert policy.",
      code: {
        terraform: `resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name  = "rg-data"
  server_name          = azurerm_mssql_server.main.name
  state                = "Enabled"
  email_account_admins = true
  email_addresses      = ["secops@contoso.example"]
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-sql/database/threat-detection-configure"],
  },
  {
    path: "threat_detection.email_admins",
    skipWhen: (r) =>
      r.config["engine"] === "sqlserver" && getPath(r.config, "threat_detection.enabled") === true
        ? undefined
        : "no enabled SQL alert policy",
    needs: ["threat_detection.emails"],
    ok: (v, r) =>
      v === true ||
      (Array.isArray(getPath(r.config, "threat_detection.emails")) &&
        (getPath(r.config, "threat_detection.emails") as unknown[]).length > 0),
    message: (r) => `Threat alerts of SQL server ${r.name} are e-mailed to nobody`,
  },
);
