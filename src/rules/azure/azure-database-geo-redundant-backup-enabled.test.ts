import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseGeoRedundantBackupEnabled } from "./azure-database-geo-redundant-backup-enabled.ts";

ruleTester(azureDatabaseGeoRedundantBackupEnabled, {
  fail: [
    {
      name: "default off",
      format: "terraform",
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
}
`,
    },
    {
      name: "MariaDB explicitly off",
      format: "terraform",
      line: 8,
      files: `resource "azurerm_mariadb_server" "main" {
  name                         = "contoso-maria"
  location                     = "westeurope"
  resource_group_name          = "rg-data"
  sku_name                     = "GP_Gen5_2"
  version                      = "10.3"
  ssl_enforcement_enabled      = true
  geo_redundant_backup_enabled = false
}
`,
    },
  ],
  pass: [
    {
      name: "flexible server on",
      format: "terraform",
      files: `resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "contoso-pgflex"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "15"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "contosoops"
  administrator_password = var.pg_password
  geo_redundant_backup_enabled = true
}
`,
    },
  ],
});
