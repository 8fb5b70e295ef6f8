import { settingRule } from "./setting-rule.ts";

/** Activity log exports include Administrative, Alert, Policy and Security events. */
export const azureActivityLogExportsAllCategories = settingRule(
  {
    id: "azure-activity-log-exports-all-categories",
    title: "Activity log exports include Administrative, Alert, Policy and Security events",
    severity: "medium",
    category: "logging_monitoring",
    providers: ["azure"],
    resource_types: ["audit_log"],
    rationale:
      "Each category records a different kind of control-plane event (writes, policy denials, Defender alerts); exporting only some leaves gaps an attacker can hide in.",
    remediation: {
      text: "Enable the `Administrative`, `Alert`, `Policy` and `Security` categories (or the `allLogs` group) on the subscription diagnostic setting.",
      code: {
        terraform: `data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Alert"
  }

  enabled_log {
    category = "Policy"
  }

  enabled_log {
    category = "Security"
  }
}`,
      },
    },
    auto_remediable: true,
    references: ["https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"],
  },
  {
    path: "management_events",
    ok: (v) => v === true,
    message: (r) =>
      `Activity log export ${r.name} leaves out some of the Administrative, Alert, Policy and Security categories`,
  },
);
