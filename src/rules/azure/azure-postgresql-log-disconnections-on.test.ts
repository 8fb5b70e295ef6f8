import { ruleTester } from "../testing/tester.ts";
import { azurePostgresqlLogDisconnectionsOn } from "./azure-postgresql-log-disconnections-on.ts";

ruleTester(azurePostgresqlLogDisconnectionsOn, {
  fail: [
    {
      name: "log_disconnections turned off",
      format: "terraform",
      line: 17,
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

resource "azurerm_postgresql_configuration" "p" {
  name                = "log_disconnections"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "off"
}
`,
    },
    {
      name: "Azure default is off",
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
  ],
  pass: [
    {
      name: "log_disconnections on",
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

resource "azurerm_postgresql_configuration" "p" {
  name                = "log_disconnections"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "on"
}
`,
    },
  ],
});
