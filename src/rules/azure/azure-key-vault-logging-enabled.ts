import { settingRule } from "./setting-rule.ts";

/** Key vault audit events are collected. */
export const azureKeyVaultLoggingEnabled = settingRule(
  {
    id: "azure-key-vault-logging-enabled",
    title: "Key vault audit events are collected",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["key_vault"],
    rationale:
      "Key Vault audit events record who read which secret or used which key; without them a stolen credential's use cannot be traced.",
    remediation: {
      text: "Add an `azurerm_monitor_diagnostic_setting` on the vault that sends the `AuditEvent` category to Log Analytics or storage.",
      code: {
        terraform: `resource "azurerm_monitor_diagnostic_setting" "kv" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category = "AuditEvent"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/key-vault/general/logging"],
  },
  {
    path: "logging.enabled",
    ok: (v) => v === true,
    message: (r) => `Key vault ${r.name} has no diagnostic setting collecting its audit events`,
  },
);
