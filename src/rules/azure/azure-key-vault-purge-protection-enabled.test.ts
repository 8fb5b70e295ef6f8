import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultPurgeProtectionEnabled } from "./azure-key-vault-purge-protection-enabled.ts";

ruleTester(azureKeyVaultPurgeProtectionEnabled, {
  fail: [
    {
      name: "default off",
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
    {
      name: "explicitly off",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
  purge_protection_enabled = false
}
`,
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
  purge_protection_enabled = true
}
`,
    },
  ],
});
