import { ruleTester } from "../testing/tester.ts";
import { azureDatabasePublicNetworkAccessDisabled } from "./azure-database-public-network-access-disabled.ts";

ruleTester(azureDatabasePublicNetworkAccessDisabled, {
  fail: [
    {
      name: "SQL default",
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
      name: "explicitly on",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
  public_network_access_enabled = true
}
`,
    },
  ],
  pass: [
    {
      name: "SQL off",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
  public_network_access_enabled = false
}
`,
    },
    {
      name: "flexible server in a delegated subnet",
      format: "terraform",
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
  delegated_subnet_id = azurerm_subnet.db.id
  private_dns_zone_id = azurerm_private_dns_zone.db.id
}
`,
    },
  ],
});
