import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseTlsEnforced } from "./azure-database-tls-enforced.ts";

ruleTester(azureDatabaseTlsEnforced, {
  fail: [
    {
      name: "MySQL enforcement off",
      format: "terraform",
      line: 10,
      files: `resource "azurerm_mysql_server" "main" {
  name                = "contoso-mysql"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "8.0"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.mysql_password
  ssl_enforcement_enabled = false
}
`,
    },
    {
      name: "flexible server parameter off",
      format: "terraform",
      line: 14,
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.main.id
  value     = "off"
}
`,
    },
  ],
  pass: [
    {
      name: "MySQL enforced",
      format: "terraform",
      files: `resource "azurerm_mysql_server" "main" {
  name                = "contoso-mysql"
  location            = "westeurope"
  resource_group_name = "rg-data"
  sku_name            = "GP_Gen5_2"
  version             = "8.0"
  storage_mb          = 51200
  administrator_login          = "contosoops"
  administrator_login_password = var.mysql_password
  ssl_enforcement_enabled = true
}
`,
    },
    {
      name: "flexible server default",
      format: "terraform",
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
}
`,
    },
  ],
});
