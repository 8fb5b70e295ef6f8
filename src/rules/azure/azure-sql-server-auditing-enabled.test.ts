import { ruleTester } from "../testing/tester.ts";
import { azureSqlServerAuditingEnabled } from "./azure-sql-server-auditing-enabled.ts";

ruleTester(azureSqlServerAuditingEnabled, {
  fail: [
    {
      name: "no auditing policy",
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
      name: "policy disabled",
      format: "terraform",
      line: 12,
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id = azurerm_mssql_server.main.id
  enabled   = false
}
`,
    },
  ],
  pass: [
    {
      name: "extended auditing policy",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id              = azurerm_mssql_server.main.id
  log_monitoring_enabled = true
  retention_in_days      = 120
}
`,
    },
    {
      name: "legacy inline block",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password

  extended_auditing_policy {
    storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint
    retention_in_days = 90
  }
}
`,
    },
  ],
});
