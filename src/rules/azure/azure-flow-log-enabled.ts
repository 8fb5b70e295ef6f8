import { settingRule } from "./setting-rule.ts";

/** Network watcher flow logs are enabled. */
export const azureFlowLogEnabled = settingRule(
  {
    id: "azure-flow-log-enabled",
    title: "Network watcher flow logs are enabled",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["flow_log"],
    rationale:
      "Flow logs record which addresses talked to which ports; a disabled flow log leaves no record of lateral movement or exfiltration.",
    remediation: {
      text: "Set `enabled = true` on the flow log.",
      code: {
        terraform: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name      = "NetworkWatcher_westeurope"
  resource_group_name       = "NetworkWatcherRG"
  name                      = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview"],
  },
  {
    path: "enabled",
    ok: (v) => v === true,
    message: (r) => `Flow log ${r.name} is disabled`,
  },
);
