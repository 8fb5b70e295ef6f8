import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseThreatDetectionEnabled } from "./azure-database-threat-detection-enabled.ts";

ruleTester(azureDatabaseThreatDetectionEnabled, {
  fail: [
    {
      name: "SQL server without alert policy",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}
`,
    },
    {
      name: "PostgreSQL threat detection disabled",
      format: "terraform",
      line: 13,
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

  threat_detection_policy {
    enabled = false
  }
}
`,
    },
  ],
  pass: [
    {
      name: "SQL alert policy enabled",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name  = "rg-data"
  server_name          = azurerm_mssql_server.main.name
  state                = "Enabled"
  email_account_admins = true
}
`,
    },
    {
      name: "PostgreSQL threat detection on",
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

  threat_detection_policy {
    enabled              = true
    email_account_admins = true
  }
}
`,
    },
  ],
});
