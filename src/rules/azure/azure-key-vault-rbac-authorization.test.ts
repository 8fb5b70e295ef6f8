import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultRbacAuthorization } from "./azure-key-vault-rbac-authorization.ts";

ruleTester(azureKeyVaultRbacAuthorization, {
  fail: [
    {
      name: "access policies by default",
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
      name: "RBAC (azurerm 3 name)",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
  enable_rbac_authorization = true
}
`,
    },
    {
      name: "RBAC (azurerm 4 name)",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
  rbac_authorization_enabled = true
}
`,
    },
  ],
});
