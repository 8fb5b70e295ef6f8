import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseFirewallRuleNotOpenToInternet } from "./azure-database-firewall-rule-not-open-to-internet.ts";

ruleTester(azureDatabaseFirewallRuleNotOpenToInternet, {
  fail: [
    {
      name: "the whole IPv4 space",
      format: "terraform",
      line: 5,
      files: `resource "azurerm_mssql_firewall_rule" "any" {
  name             = "any"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}
`,
    },
    {
      name: "starting at 0.0.0.0 up to a private address",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_sql_firewall_rule" "wide" {
  name                = "wide"
  resource_group_name = "rg-data"
  server_name         = azurerm_sql_server.main.name
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "10.0.27.62"
}
`,
    },
    {
      name: "Redis open to everyone",
      format: "terraform",
      line: 6,
      files: `resource "azurerm_redis_firewall_rule" "all" {
  name                = "all"
  redis_cache_name    = azurerm_redis_cache.cache.name
  resource_group_name = "rg-data"
  start_ip            = "1.0.0.0"
  end_ip              = "255.255.255.255"
}
`,
    },
  ],
  pass: [
    {
      name: "a small office range",
      format: "terraform",
      files: `resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}
`,
    },
    {
      name: "a private range",
      format: "terraform",
      files: `resource "azurerm_mssql_firewall_rule" "vnet" {
  name             = "vnet"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "10.0.0.0"
  end_ip_address   = "10.0.255.255"
}
`,
    },
    {
      name: "the allow-Azure-services marker is judged by another rule",
      format: "terraform",
      files: `resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "azure"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
`,
    },
  ],
});
