import { ruleTester } from "../testing/tester.ts";
import { azureSqlAuditRetention90Days } from "./azure-sql-audit-retention-90-days.ts";

ruleTester(azureSqlAuditRetention90Days, {
  fail: [
    {
      name: "server policy keeps 30 days",
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
  server_id         = azurerm_mssql_server.main.id
  retention_in_days = 30
}
`,
    },
    {
      name: "database inline policy keeps 6 days",
      format: "terraform",
      line: 7,
      files: `resource "azurerm_mssql_database" "app" {
  name      = "appdb"
  server_id = azurerm_mssql_server.main.id

  extended_auditing_policy {
    storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint
    retention_in_days = 6
  }
}
`,
    },
  ],
  pass: [
    {
      name: "unlimited retention",
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
  server_id         = azurerm_mssql_server.main.id
  retention_in_days = 0
}
`,
    },
    {
      name: "180 days",
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
  server_id         = azurerm_mssql_server.main.id
  retention_in_days = 180
}
`,
    },
  ],
});
