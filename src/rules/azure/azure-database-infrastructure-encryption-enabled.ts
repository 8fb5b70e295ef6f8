import { settingRule } from "./setting-rule.ts";

/** PostgreSQL and MySQL single servers use infrastructure encryption. */
export const azureDatabaseInfrastructureEncryptionEnabled = settingRule(
  {
    id: "azure-database-infrastructure-encryption-enabled",
    title: "PostgreSQL and MySQL single servers use infrastructure encryption",
    severity: "low",
    category: "encryption",
    providers: ["azure"],
    resource_types: ["database_instance"],
    rationale:
      "Infrastructure encryption adds a second layer of encryption with a separate key, protecting data if one layer's key or algorithm is compromised.",
    remediation: {
      text: "Set `infrastructure_encryption_enabled = true` when creating the server.",
      code: {
        terraform: `resource "azurerm_postgresql_server" "main" {
  name                              = "contoso-pg"
  location                          = "westeurope"
  resource_group_name               = "rg-data"
  sku_name                          = "GP_Gen5_2"
  version                           = "11"
  ssl_enforcement_enabled           = true
  infrastructure_encryption_enabled = true
}`,
      },
    },
    auto_remediable: false,
    references: [
      "https://learn.microsoft.com/azure/postgresql/single-server/concepts-infrastructure-double-encryption",
    ],
  },
  {
    path: "infrastructure_encryption",
    skipWhen: (r) =>
      r.native_type === "azurerm_postgresql_server" || r.native_type === "azurerm_mysql_server"
        ? undefined
        : "only single servers offer it",
    ok: (v) => v === true,
    message: (r) => `Database server ${r.name} does not enable infrastructure (double) encryption`,
  },
);
