import { ruleTester } from "../testing/tester.ts";
import { azureFlowLogEnabled } from "./azure-flow-log-enabled.ts";

ruleTester(azureFlowLogEnabled, {
  fail: [
    {
      name: "disabled",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = false
}
`,
    },
  ],
  pass: [
    {
      name: "enabled",
      format: "terraform",
      files: `resource "azurerm_network_watcher_flow_log" "nsg" {
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  name                 = "nsg-flow"
  network_security_group_id = azurerm_network_security_group.app.id
  storage_account_id        = azurerm_storage_account.logs.id
  enabled                   = true
}
`,
    },
  ],
});
