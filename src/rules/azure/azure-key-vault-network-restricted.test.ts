import { ruleTester } from "../testing/tester.ts";
import { azureKeyVaultNetworkRestricted } from "./azure-key-vault-network-restricted.ts";

ruleTester(azureKeyVaultNetworkRestricted, {
  fail: [
    {
      name: "no network ACLs",
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
      name: "ACL allows",
      format: "terraform",
      line: 9,
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"

  network_acls {
    default_action = "Allow"
    bypass         = "AzureServices"
  }
}
`,
    },
  ],
  pass: [
    {
      name: "ACL denies",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}
`,
    },
    {
      name: "public network access off",
      format: "terraform",
      files: `resource "azurerm_key_vault" "main" {
  name                = "contoso-kv"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = var.tenant_id
  sku_name            = "standard"
  public_network_access_enabled = false
}
`,
    },
  ],
});
