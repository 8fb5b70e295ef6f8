import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseInfrastructureEncryptionEnabled } from "./azure-database-infrastructure-encryption-enabled.ts";

ruleTester(azureDatabaseInfrastructureEncryptionEnabled, {
  fail: [
    {
      name: "off by default",
      format: "terraform",
      files: `resource "azurerm_postgresql_server" "main" {
  name                = "contoso-pg"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.pg_password
  ssl_enforcement_enabled      = true
}
`,
    },
    {
      name: "explicitly off",
      format: "terraform",
      line: 11,
      files: `resource "azurerm_postgresql_server" "main" {
  name                = "contoso-pg"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.pg_password
  ssl_enforcement_enabled      = true
  infrastructure_encryption_enabled = false
}
`,
    },
  ],
  pass: [
    {
      name: "on",
      format: "terraform",
      files: `resource "azurerm_postgresql_server" "main" {
  name                = "contoso-pg"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "11"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.pg_password
  ssl_enforcement_enabled      = true
  infrastructure_encryption_enabled = true
}
`,
    },
  ],
});
