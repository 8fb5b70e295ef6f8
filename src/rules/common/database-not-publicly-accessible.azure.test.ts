import { ruleTester } from "../testing/tester.ts";
import { databaseNotPubliclyAccessible } from "./database-not-publicly-accessible.ts";

// Azure Terraform cases of a cross-cloud rule.
ruleTester(databaseNotPubliclyAccessible, {
  fail: [
    {
      name: "SQL server firewall admits the internet",
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

resource "azurerm_mssql_firewall_rule" "any" {
  name             = "any"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
`,
    },
    {
      name: "legacy SQL server with a wide rule by name",
      format: "terraform",
      files: `resource "azurerm_sql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_sql_firewall_rule" "wide" {
  name                = "wide"
  resource_group_name = "rg-data"
  server_name         = azurerm_sql_server.main.name
  start_ip_address    = "1.0.0.0"
  end_ip_address      = "200.0.0.0"
}
`,
    },
    {
      name: "Cosmos DB without IP or VNet filter",
      format: "terraform",
      files: `resource "azurerm_cosmosdb_account" "db" {
  name                = "contoso-cosmos"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`,
    },
    {
      name: "PostgreSQL flexible server open to everyone",
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

resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_postgresql_flexible_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
`,
    },
  ],
  pass: [
    {
      name: "public network access off",
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

resource "azurerm_mssql_firewall_rule" "any" {
  name             = "any"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
`,
    },
    {
      name: "only an office address admitted",
      format: "terraform",
      files: `resource "azurerm_mssql_server" "main" {
  name                         = "contoso-sql"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "contosoops"
  administrator_login_password = var.sql_password
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.10"
}
`,
    },
    {
      name: "no firewall rules",
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
      name: "Cosmos DB with an IP filter",
      format: "terraform",
      files: `resource "azurerm_cosmosdb_account" "db" {
  name                = "contoso-cosmos"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
`,
    },
  ],
});
