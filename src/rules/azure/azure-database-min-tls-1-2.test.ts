import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseMinTls12 } from "./azure-database-min-tls-1-2.ts";

ruleTester(azureDatabaseMinTls12, {
  fail: [
    {
      name: "SQL accepts TLS 1.0",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
  minimum_tls_version = "1.0"
}
`,
    },
    {
      name: "PostgreSQL TLS enforcement disabled",
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
  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"
}
`,
    },
  ],
  pass: [
    {
      name: "SQL default 1.2",
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
      name: "PostgreSQL TLS 1.2",
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
  ssl_minimal_tls_version_enforced = "TLS1_2"
}
`,
    },
  ],
});
