import { ruleTester } from "../testing/tester.ts";
import { azureDatabaseFirewallNotAllowingAllAzureServices } from "./azure-database-firewall-not-allowing-all-azure-services.ts";

ruleTester(azureDatabaseFirewallNotAllowingAllAzureServices, {
  fail: [
    {
      name: "allow Azure services",
      format: "terraform",
      line: 5,
      files: `resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "azure"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}
`,
    },
  ],
  pass: [
    {
      name: "a specific address",
      format: "terraform",
      files: `resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.10"
}
`,
    },
  ],
});
