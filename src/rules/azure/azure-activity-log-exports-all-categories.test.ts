import { ruleTester } from "../testing/tester.ts";
import { azureActivityLogExportsAllCategories } from "./azure-activity-log-exports-all-categories.ts";

ruleTester(azureActivityLogExportsAllCategories, {
  fail: [
    {
      name: "only Administrative",
      format: "terraform",
      files: `data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category = "Administrative"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "all four",
      format: "terraform",
      files: `data "azurerm_subscription" "current" {}

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
}
`,
    },
    {
      name: "allLogs group",
      format: "terraform",
      files: `data "azurerm_subscription" "current" {}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category_group = "allLogs"
  }
}
`,
    },
  ],
});
