import { ruleTester } from "../testing/tester.ts";
import { azureSqlThreatAlertsNotifySomeone } from "./azure-sql-threat-alerts-notify-someone.ts";

ruleTester(azureSqlThreatAlertsNotifySomeone, {
  fail: [
    {
      name: "enabled but nobody notified",
      format: "terraform",
      line: 14,
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
  email_account_admins = false
}
`,
    },
  ],
  pass: [
    {
      name: "a security mailbox",
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
  resource_group_name = "rg-data"
  server_name         = azurerm_mssql_server.main.name
  state               = "Enabled"
  email_addresses     = ["secops@contoso.example"]
}
`,
    },
  ],
});
