import { ruleTester } from "../testing/tester.ts";
import { azureSqlAdminLoginNotPredictable } from "./azure-sql-admin-login-not-predictable.ts";

ruleTester(azureSqlAdminLoginNotPredictable, {
  fail: [
    {
      name: "admin",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "admin"
  administrator_login_password = var.sql_password
}
`,
    },
  ],
  pass: [
    {
      name: "a non-obvious name",
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
});
