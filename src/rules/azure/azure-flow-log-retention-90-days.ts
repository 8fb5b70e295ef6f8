import { settingRule } from "./setting-rule.ts";

/** Flow logs are kept at least 90 days. */
export const azureFlowLogRetention90Days = settingRule(
  {
    id: "azure-flow-log-retention-90-days",
    title: "Flow logs are kept at least 90 days",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["flow_log"],
    rationale:
      "Network forensics needs months of flow records; short retention deletes the evidence before an intrusion is discovered.",
    remediation: {
      text: "Add `retention_policy { enabled = true, days = 90 }` (or 0 to keep forever).",
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
    path: "retention_days",
    ok: (v) => v === 0 || (typeof v === "number" && v >= 90),
    message: (r, v) =>
      v === null
        ? `Flow log ${r.name} has no retention policy, so records are deleted by storage lifecycle rules only`
        : `Flow log ${r.name} keeps records only ${String(v)} days`,
  },
);
