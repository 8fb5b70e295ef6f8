import { ruleTester } from "../testing/tester.ts";
import { azureActivityLogRetention365Days } from "./azure-activity-log-retention-365-days.ts";

ruleTester(azureActivityLogRetention365Days, {
  fail: [
    {
      name: "30 days",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = azurerm_storage_account.logs.id

  retention_policy {
    enabled = true
    days    = 30
  }
}
`,
    },
  ],
  pass: [
    {
      name: "365 days",
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
      name: "kept forever",
      format: "terraform",
      files: `resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = azurerm_storage_account.logs.id

  retention_policy {
    enabled = false
    days    = 0
  }
}
`,
    },
  ],
});
