import { ruleTester } from "../testing/tester.ts";
import { azureSqlServerHasEntraAdmin } from "./azure-sql-server-has-entra-admin.ts";

ruleTester(azureSqlServerHasEntraAdmin, {
  fail: [
    {
      name: "SQL logins only",
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
  ],
  pass: [
    {
      name: "inline Entra admin",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = var.sql_admins_group_id
  }
}
`,
    },
    {
      name: "separate administrator resource (legacy)",
      format: "terraform",
      files: `resource "azurerm_sql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_sql_active_directory_administrator" "main" {
  server_name         = azurerm_sql_server.main.name
  resource_group_name = "rg-data"
  login               = "sql-admins"
  tenant_id           = var.tenant_id
  object_id           = var.sql_admins_group_id
}
`,
    },
  ],
});
