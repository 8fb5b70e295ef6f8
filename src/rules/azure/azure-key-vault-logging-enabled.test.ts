import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultLoggingEnabled } from "./azure-key-vault-logging-enabled.ts";

ruleTester(azureKeyVaultLoggingEnabled, {
  fail: [
    {
      name: "no diagnostic setting",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}
`,
    },
  ],
  pass: [
    {
      name: "diagnostic setting on the vault",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
}

resource "azurerm_monitor_diagnostic_setting" "kv" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.sec.id

  enabled_log {
    category = "AuditEvent"
  }
}
`,
    },
  ],
});
