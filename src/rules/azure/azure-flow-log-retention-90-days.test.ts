import { ruleTester } from "../testing/tester.ts";
import { azureFlowLogRetention90Days } from "./azure-flow-log-retention-90-days.ts";

ruleTester(azureFlowLogRetention90Days, {
  fail: [
    {
      name: "30 days",
      format: "terraform",
      line: 11,
      files: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

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
      name: "90 days",
      format: "terraform",
      files: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 90
  }
}
`,
    },
    {
      name: "forever",
      format: "terraform",
      files: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 0
  }
}
`,
    },
  ],
});
