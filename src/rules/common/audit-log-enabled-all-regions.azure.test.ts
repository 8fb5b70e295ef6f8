import { ruleTester } from "../testing/tester.ts";
import { auditLogEnabledAllRegions } from "./audit-log-enabled-all-regions.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(auditLogEnabledAllRegions, {
  fail: [
    {
      name: "log profile without the global location",
      format: "terraform",
      line: 4,
      files: `resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope"]
  storage_account_id = azurerm_storage_account.logs.id

  retention_policy {
    enabled = true
    days    = 365
  }
}
`,
    },
  ],
  pass: [
    {
      name: "log profile with global",
      format: "terraform",
      files: `resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = azurerm_storage_account.logs.id

  retention_policy {
    enabled = true
    days    = 365
  }
}
`,
    },
    {
      name: "subscription diagnostic setting",
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
    category = "Security"
  }
}
`,
    },
  ],
});
