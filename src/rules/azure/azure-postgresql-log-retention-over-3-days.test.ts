import { ruleTester } from "../testing/tester.ts";
import { azurePostgresqlLogRetentionOver3Days } from "./azure-postgresql-log-retention-over-3-days.ts";

ruleTester(azurePostgresqlLogRetentionOver3Days, {
  fail: [
    {
      name: "Azure default of 3 days",
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
      name: "2 days",
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
  name                = "log_retention_days"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "2"
}
`,
    },
  ],
  pass: [
    {
      name: "7 days",
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
  name                = "log_retention_days"
  resource_group_name = "rg-data"
  server_name         = azurerm_postgresql_server.main.name
  value               = "7"
}
`,
    },
  ],
});
