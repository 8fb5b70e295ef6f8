import { settingRule } from "./setting-rule.ts";

/** Activity log exports are kept at least 365 days. */
export const azureActivityLogRetention365Days = settingRule(
  {
    id: "azure-activity-log-retention-365-days",
    title: "Activity log exports are kept at least 365 days",
    severity: "low",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["audit_log"],
    rationale:
      "Control-plane history is needed for investigations long after the fact; a year of retention covers typical detection delays and audit periods.",
    remediation: {
      text: "Set `retention_policy { enabled = true, days = 365 }`, or disable the retention policy to keep logs forever.",
      code: {
        terraform: `resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = azurerm_storage_account.logs.id

  retention_policy {
    enabled = true
    days    = 365
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log"],
  },
  {
    path: "retention_days",
    skipWhen: (r) =>
      r.native_type === "azurerm_monitor_log_profile"
        ? undefined
        : "retention is set at the export destination",
    ok: (v) => v === 0 || (typeof v === "number" && v >= 365),
    message: (r, v) => `Activity log profile ${r.name} keeps logs only ${String(v)} days`,
  },
);
